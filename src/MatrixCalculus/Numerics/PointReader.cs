using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// Reads POINT.json: <c>{"A": [[1, 2], [3, 4]], "x": [1, 2], "c": 0.5}</c>. Matrices are lists
/// of rows, vectors lists (or columns <c>[[1], [2]]</c>), scalars numbers. Every symbol given must
/// be a finite number or a rectangular list of them, agreeing with the symbol's declared shape, its
/// attributes (symmetric, spd, diagonal) and the sizes fixed by the values before it; every symbol
/// listed must be given. Names that are not symbols are ignored without a warning, so that one
/// point file serves several expressions. Comments and trailing commas are allowed. Every error is
/// a <see cref="DiagnosticCode.Point"/> diagnostic whose span points at the offending text.
/// </summary>
public static class PointReader
{
    public static Environment Read(string json, IReadOnlyList<Var> symbols)
    {
        var root = PointJsonParser.Parse(json);
        if (root is not PointJson.Object top)
            throw Error(json, root.Span, $"the point must be a JSON object such as {{\"x\": [1, 2]}}, but found {root.Description}.");

        var bySymbol = new Dictionary<string, Var>(StringComparer.Ordinal);
        foreach (var symbol in symbols) bySymbol.TryAdd(symbol.Name, symbol);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new Dictionary<string, Matrix<double>>(StringComparer.Ordinal);
        var binder = new SizeBinder();

        // File order, so that a size disagreement is reported at the later value.
        foreach (var member in top.Members)
        {
            if (!seen.Add(member.Key))
                throw Error(json, member.KeySpan, $"the point gives {member.Key} twice.");
            if (!bySymbol.TryGetValue(member.Key, out var symbol)) continue;
            var value = PointValues.ToMatrix(symbol, member.Value, json);
            if (binder.Bind(symbol, value.RowCount, value.ColumnCount) is { } problem)
                throw Error(json, member.Value.Span, problem);
            if (AttributeProblem(symbol, value) is { } violated)
                throw Error(json, member.Value.Span, violated);
            values[member.Key] = value;
        }

        foreach (var symbol in symbols)
            if (!values.ContainsKey(symbol.Name))
                throw Error(json, ClosingBrace(json, top), $"the point gives no value for {symbol.Name}.");

        return new Environment(values, binder.Sizes);
    }

    internal static MatrixCalculusException Error(string json, SourceSpan span, string message) =>
        new(new Diagnostic(DiagnosticCode.Point, message, span, json, "point"));

    // A missing symbol belongs just before the closing brace: point there.
    private static SourceSpan ClosingBrace(string json, PointJson.Object top) =>
        SourceSpan.At(json, top.Span.End - 1, 1);

    // The declared structure must hold exactly as written: the derivative conventions rely on it.
    private static string? AttributeProblem(Var symbol, Matrix<double> value)
    {
        var attributes = symbol.Attributes;
        if (attributes.HasFlag(VarAttributes.Diagonal) && !IsDiagonal(value))
            return $"{symbol.Name} is declared diagonal, but the point gives a matrix with nonzero entries off the diagonal.";
        if (attributes.HasFlag(VarAttributes.Symmetric) && !Evaluator.IsSymmetric(value))
            return $"{symbol.Name} is declared {(attributes.HasFlag(VarAttributes.Spd) ? "spd" : "symmetric")}, but the point gives a matrix that is not symmetric.";
        if (attributes.HasFlag(VarAttributes.Spd) && Evaluator.CholeskyLogDet(value) is null)
            return $"{symbol.Name} is declared spd, but the point gives a matrix that is not positive definite.";
        if (attributes.HasFlag(VarAttributes.Stochastic) && StochasticRows.Problem(value) is { } sums)
            return $"{symbol.Name} is declared stochastic, but {sums}.";
        return null;
    }

    private static bool IsDiagonal(Matrix<double> value)
    {
        for (int i = 0; i < value.RowCount; i++)
            for (int j = 0; j < value.ColumnCount; j++)
                if (i != j && value[i, j] != 0) return false;
        return true;
    }
}
