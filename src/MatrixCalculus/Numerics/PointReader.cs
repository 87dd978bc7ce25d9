using MatrixCalculus.Semantics;
using System.Text.Json;
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
    /// <summary>The values the point gives <paramref name="symbols"/>, with the sizes they fix; a point that does not fit is a <see cref="MatrixCalculusException"/>.</summary>
    /// <param name="json">the text of the point.</param>
    /// <param name="symbols">the symbols of the expression: each must be given.</param>
    /// <param name="sizeSources">
    /// Declared symbols that are not in the expression: a value given for one is read and checked
    /// like any other, and fixes the sizes it declares (<c>I_n</c> with <c>X: n x n</c>), but none is required.
    /// </param>
    public static Environment Read(string json, IReadOnlyList<Var> symbols, IReadOnlyList<Var>? sizeSources = null)
    {
        using var text = PointText.Of(json);
        try
        {
            return Read(text, symbols, sizeSources ?? []);
        }
        catch (JsonException malformed)
        {
            throw text.JsonError(malformed);
        }
        // The values stream by as they are read, but the point is judged as a whole: malformed
        // JSON anywhere is reported before a problem with a value that comes earlier.
        catch (MatrixCalculusException) when (text.FirstJsonError() is { } malformed)
        {
            throw malformed;
        }
    }

    private static Environment Read(PointText text, IReadOnlyList<Var> symbols, IReadOnlyList<Var> sizeSources)
    {
        var json = new PointScanner(text);
        json.Start();
        if (json.Token != JsonTokenType.StartObject)
        {
            int start = json.TokenStart;
            var found = json.Description;
            throw text.Error(start, json.SkipValue(), $"the point must be a JSON object such as {{\"x\": [1, 2]}}, but found {found}.");
        }

        var bySymbol = new Dictionary<string, Var>(StringComparer.Ordinal);
        foreach (var symbol in symbols.Concat(sizeSources)) bySymbol.TryAdd(symbol.Name, symbol);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new Dictionary<string, Matrix<double>>(StringComparer.Ordinal);
        var binder = new SizeBinder();
        using var entries = new EntryBuffer();

        // File order, so that a size disagreement is reported at the later value.
        for (json.Next(); json.Token == JsonTokenType.PropertyName; json.Next())
        {
            // A key names a symbol as the expression does: "alpha" is α, "W_{2}" is W_2.
            var key = SymbolNames.Normalize(json.Key);
            if (!seen.Add(key))
                throw text.Error(json.TokenStart, json.TokenEnd, $"the point gives {key} twice.");
            json.Next();
            if (!bySymbol.TryGetValue(key, out var symbol))
            {
                json.SkipValue();
                continue;
            }
            int valueStart = json.TokenStart;
            var value = PointValues.Read(symbol, ref json, entries);
            if (binder.Bind(symbol, value.RowCount, value.ColumnCount) is { } problem)
                throw text.Error(valueStart, json.TokenEnd, problem);
            if (AttributeProblem(symbol, value) is { } violated)
                throw text.Error(valueStart, json.TokenEnd, violated);
            values[key] = value;
        }
        int closingBrace = json.TokenEnd - 1;
        json.Finish();

        // A missing symbol belongs just before the closing brace: point there.
        foreach (var symbol in symbols)
            if (!values.ContainsKey(symbol.Name))
                throw text.Error(closingBrace, closingBrace + 1, $"the point gives no value for {symbol.Name}.");

        return new Environment(values, binder.Sizes);
    }

    internal static MatrixCalculusException Error(string json, SourceSpan span, string message) =>
        new(new Diagnostic(DiagnosticCode.Point, message, span, json, "point"));

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
