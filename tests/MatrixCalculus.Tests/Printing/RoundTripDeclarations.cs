using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Printing;

/// <summary>
/// The --let declarations under which the parser gives a term's variables back with their
/// shapes and attributes: "A: n x n symmetric; x: n; α: scalar" (in order of first appearance).
/// A size n·k (from kron or vec) has no spelling in a declaration; the binder infers it again,
/// so a variable with such a size is left undeclared.
/// </summary>
public static class RoundTripDeclarations
{
    public static string Of(Expr e) =>
        string.Join("; ", e.Variables().Where(v => !HasProductSize(v.Declared)).Select(Declare));

    private static bool HasProductSize(Shape s) =>
        s.Rows is Dim.Named { Name: var r } && r.Contains('·') || s.Cols is Dim.Named { Name: var c } && c.Contains('·');

    private static string Declare(Var v)
    {
        var shape = v.Declared switch
        {
            { IsScalar: true } => "scalar",
            { Cols.IsOne: true } s => s.Rows.ToString(),
            var s => $"{s.Rows} x {s.Cols}",
        };
        var attribute = v.Attributes switch
        {
            VarAttributes.Spd => " spd",
            VarAttributes.Diagonal => " diagonal",
            VarAttributes.Symmetric => " symmetric",
            _ => "",
        };
        return $"{v.Name}: {shape}{attribute}";
    }
}
