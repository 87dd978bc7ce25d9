using MatrixCalculus.Numerics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>How the self-check draws one symbol: its sizes, the range of its entries, its structure.</summary>
internal sealed record Draw(Symbol Symbol, int Rows, int Cols, double Low, double High, string Structure);

/// <summary>
/// The random data of a generated self-check, drawn as <c>check</c> draws its points
/// (<see cref="RandomPoint"/>): the same distinct sizes per dimension name, so a missing transpose
/// cannot hide behind a square shape, and values in the domain the expression needs (spd under
/// log det and inverses, positive under log and sqrt, small under arcsin).
/// </summary>
internal static class SelfCheckRecipe
{
    public static IReadOnlyList<Draw> Of(Plan plan)
    {
        var f = plan.Compiled.Expression;
        var point = RandomPoint.Generate(f, plan.Compiled.Symbols, seed: 1);
        var analysis = DomainAnalysis.Of(f);
        return plan.Symbols.Select(symbol =>
        {
            int rows = point.SizeOf(symbol.Var.Shape.Rows)!.Value, cols = point.SizeOf(symbol.Var.Shape.Cols)!.Value;
            return DrawOf(symbol, rows, cols, analysis.Needs.GetValueOrDefault(symbol.Name));
        }).ToList();
    }

    // The decisions of RandomPoint.Value, as data for the generated code.
    private static Draw DrawOf(Symbol symbol, int rows, int cols, Need need)
    {
        var attributes = symbol.Var.Attributes;
        bool square = rows == cols && rows > 1;
        bool definite = attributes.HasFlag(VarAttributes.Spd) || need.HasFlag(Need.Spd);
        if (attributes.HasFlag(VarAttributes.Diagonal))
            return Range(symbol, rows, cols, definite ? need | Need.Positive : need, "diagonal");
        var entries = need.HasFlag(Need.Spd) && (rows == 1 || cols == 1) ? need | Need.Positive : need;
        var structure = square && definite ? "spd" : square && attributes.HasFlag(VarAttributes.Symmetric) ? "symmetric" : "general";
        return Range(symbol, rows, cols, entries, structure);
    }

    private static Draw Range(Symbol symbol, int rows, int cols, Need need, string structure)
    {
        var (low, high) = need switch
        {
            _ when need.HasFlag(Need.AboveOne) => (1.5, 3.0),
            _ when need.HasFlag(Need.Positive) && need.HasFlag(Need.Small) => (0.1, 0.3),
            _ when need.HasFlag(Need.Positive) => (0.5, 2.0),
            _ when need.HasFlag(Need.Small) => (-0.3, 0.3),
            _ => (-1.0, 1.0),
        };
        return new Draw(symbol, rows, cols, low, high, structure);
    }
}
