using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>Turns the JSON value of one symbol into a matrix: a number is 1×1, a list of numbers a column (a row for a 1×n symbol), a list of lists the rows of a matrix.</summary>
internal static class PointValues
{
    public static Matrix<double> ToMatrix(Var symbol, PointJson value, string json) => value switch
    {
        PointJson.Number number when symbol.Declared.IsScalar
            => Matrix<double>.Build.Dense(1, 1, Finite(number, json)),
        PointJson.Number => throw PointReader.Error(json, value.Span,
            $"{symbol.Name} is {symbol.Declared}, but the point gives a number."),
        PointJson.List { Items.Count: 0 } => throw PointReader.Error(json, value.Span,
            $"{symbol.Name} is {symbol.Declared}, but the point gives an empty list."),
        PointJson.List list when symbol.Declared.IsScalar => throw PointReader.Error(json, list.Span,
            $"{symbol.Name} is a scalar, but the point gives a list."),
        PointJson.List list when list.Items[0] is PointJson.List => Rows(symbol, list, json),
        PointJson.List list when symbol.Declared.IsMatrix => throw PointReader.Error(json, list.Span,
            $"{symbol.Name} is {symbol.Declared}: write its value as a list of rows, such as [[1, 2], [3, 4]]."),
        PointJson.List list => Flat(symbol, list, json),
        _ => throw PointReader.Error(json, value.Span,
            $"{symbol.Name} needs a number or a list of numbers, but the point gives {value.Description}."),
    };

    // A list of numbers is a column, or a row when the symbol is declared 1×n.
    private static Matrix<double> Flat(Var symbol, PointJson.List list, string json)
    {
        var entries = list.Items.Select(item => Entry(item, json)).ToArray();
        return symbol.Declared.IsRow
            ? Matrix<double>.Build.DenseOfRowArrays(entries)
            : Matrix<double>.Build.DenseOfColumnArrays(entries);
    }

    private static Matrix<double> Rows(Var symbol, PointJson.List list, string json)
    {
        var rows = new List<double[]>();
        foreach (var item in list.Items)
        {
            if (item is not PointJson.List row)
                throw PointReader.Error(json, item.Span, $"expected a row of {symbol.Name} (a list of numbers), but found {item.Description}.");
            if (row.Items.Count == 0)
                throw PointReader.Error(json, row.Span, $"row {rows.Count + 1} of {symbol.Name} is empty.");
            if (rows.Count > 0 && row.Items.Count != rows[0].Length)
                throw PointReader.Error(json, row.Span,
                    $"row {rows.Count + 1} of {symbol.Name} has {Entries(row.Items.Count)}, but row 1 has {rows[0].Length}.");
            rows.Add(row.Items.Select(entry => Entry(entry, json)).ToArray());
        }
        return Matrix<double>.Build.DenseOfRowArrays(rows);
    }

    private static string Entries(int count) => count == 1 ? "1 entry" : $"{count} entries";

    private static double Entry(PointJson item, string json) => item is PointJson.Number number
        ? Finite(number, json)
        : throw PointReader.Error(json, item.Span, $"expected a number, but found {item.Description}.");

    private static double Finite(PointJson.Number number, string json) => double.IsFinite(number.Value)
        ? number.Value
        : throw PointReader.Error(json, number.Span, $"expected a finite number, but found {number.Text}.");
}
