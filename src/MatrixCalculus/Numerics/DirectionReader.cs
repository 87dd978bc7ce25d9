using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// Reads the direction v of a Hessian-vector product: the value itself (<c>[1, 2, 3]</c>, a list
/// of rows for a matrix variable) or an object naming the variable (<c>{"x": [1, 2, 3]}</c>), read
/// by the point reader with its messages and carets. Its size must be the variable's at the point.
/// </summary>
public static class DirectionReader
{
    public static Matrix<double> Read(string json, Var wrt, Environment point)
    {
        // A direction need not share the variable's structure (a symmetric X may move along any V).
        var symbol = new Var(wrt.Name, wrt.Shape);
        var value = json.TrimStart().StartsWith('{') ? PointReader.Read(json, [symbol])[wrt.Name] : Bare(json, symbol);
        var expected = point[wrt.Name];
        if (value.RowCount != expected.RowCount || value.ColumnCount != expected.ColumnCount)
            throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.Point,
                $"the direction has {value.RowCount}×{value.ColumnCount} entries, but {wrt.Name} is {expected.RowCount}×{expected.ColumnCount} at the point.",
                SourceSpan.At(json, json.Length - json.TrimStart().Length, json.Trim().Length), json, "direction"));
        return value;
    }

    // The bare value is read as {"x": value}; an error's span is moved back into the text as given.
    private static Matrix<double> Bare(string json, Var symbol)
    {
        var prefix = $"{{\"{symbol.Name}\": ";
        var wrapped = prefix + json + "\n}";
        try
        {
            return PointReader.Read(wrapped, [symbol])[symbol.Name];
        }
        catch (MatrixCalculusException e) when (e.Diagnostic.Source == wrapped)
        {
            var span = e.Diagnostic.Span;
            var moved = SourceSpan.At(json, span.Start - prefix.Length, span.Length);
            throw new MatrixCalculusException(e.Diagnostic with { Span = moved, Source = json, Message = Reworded(e.Diagnostic.Message) });
        }
    }

    // The point reader speaks of "the point"; here it is the direction.
    private static string Reworded(string message) => message.Replace("the point", "the direction", StringComparison.Ordinal);
}
