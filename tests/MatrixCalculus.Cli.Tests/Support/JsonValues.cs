using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.Cli.Tests.Support;

/// <summary>Reads a value of the CLI's JSON back and compares it with an independently computed one.</summary>
public static class JsonValues
{
    /// <summary>|a − b| ≤ 1e-10 · max(1, |b|) entrywise; the layout must be exactly the expected one.</summary>
    public static void AssertClose(object expected, JsonElement actual, string context)
    {
        switch (expected)
        {
            case double s:
                Assert.True(actual.ValueKind == JsonValueKind.Number, $"{context}: expected a number, got {actual}");
                Close(s, actual.GetDouble(), context);
                break;
            case Vector<double> v:
                var list = List(actual, context);
                Assert.True(list.Length == v.Count, $"{context}: expected {v.Count} entries, got {actual}");
                for (int i = 0; i < v.Count; i++)
                {
                    Assert.True(list[i].ValueKind == JsonValueKind.Number, $"{context}: expected a 1-D list, got {actual}");
                    Close(v[i], list[i].GetDouble(), $"{context}[{i}]");
                }
                break;
            case Matrix<double> m:
                var rows = List(actual, context);
                Assert.True(rows.Length == m.RowCount, $"{context}: expected {m.RowCount} rows, got {actual}");
                for (int i = 0; i < m.RowCount; i++)
                {
                    var row = List(rows[i], context);
                    Assert.True(row.Length == m.ColumnCount, $"{context}: expected {m.ColumnCount} columns, got {actual}");
                    for (int j = 0; j < m.ColumnCount; j++) Close(m[i, j], row[j].GetDouble(), $"{context}[{i}][{j}]");
                }
                break;
            default:
                throw new InvalidOperationException($"no comparison for {expected.GetType()}");
        }
    }

    private static JsonElement[] List(JsonElement element, string context)
    {
        Assert.True(element.ValueKind == JsonValueKind.Array, $"{context}: expected a list, got {element}");
        return element.EnumerateArray().ToArray();
    }

    private static void Close(double expected, double actual, string context) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-10 * Math.Max(1, Math.Abs(expected)),
            $"{context}: expected {expected:R}, got {actual:R}");
}
