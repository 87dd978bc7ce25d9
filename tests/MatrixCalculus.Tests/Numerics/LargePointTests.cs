using System.Diagnostics;
using System.Globalization;
using System.Text;
using MatrixCalculus.Numerics;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Numerical;

// Smoke tests that large points read in linear time. The speed claim itself (a ratio to
// System.Text.Json) lives in bench/MatrixCalculus.Bench/PointReadingBenchmarks.cs; the bound here
// is only generous enough to catch a return to quadratic reading (a 10 MB point took ten minutes).
public class LargePointTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);
    private static readonly Var X = new("X", new Shape(Dim.Of("N"), Dim.Of("d")));
    private static readonly Var Y = new("y", Shape.Column(Dim.Of("N")));
    private const int Rows = 5000, Columns = 100;

    // Entry (i, j) of X, different everywhere and written with all 17 digits.
    private static double Entry(int i, int j) => Math.Sin(i * 131.0 + j) / 3;

    // One row of X per line: {"X": [[…], …], "y": […]}, about 10 MB.
    private static string LargePoint(string lastRow)
    {
        var text = new StringBuilder("{\"X\": [\n");
        for (int i = 0; i < Rows - 1; i++)
        {
            text.Append("  [");
            for (int j = 0; j < Columns; j++)
                text.Append(j == 0 ? "" : ", ").Append(Entry(i, j).ToString("R", CultureInfo.InvariantCulture));
            text.Append("],\n");
        }
        text.Append("  ").Append(lastRow).Append("],\n\"y\": [");
        text.AppendJoin(", ", Enumerable.Range(0, Rows).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        return text.Append("]}\n").ToString();
    }

    private static string LastRow() =>
        "[" + string.Join(", ", Enumerable.Range(0, Columns).Select(j => Entry(Rows - 1, j).ToString("R", CultureInfo.InvariantCulture))) + "]";

    [Fact]
    public void ATenMegabytePointReadsEveryNumberWithinAGenerousBound()
    {
        var json = LargePoint(LastRow());
        Assert.True(json.Length > 10_000_000, $"the point has {json.Length} characters");
        var clock = Stopwatch.StartNew();
        var point = PointReader.Read(json, [X, Y]);
        clock.Stop();
        Assert.True(clock.Elapsed < Generous, $"reading took {clock.Elapsed}");

        var x = point["X"];
        Assert.Equal((Rows, Columns), (x.RowCount, x.ColumnCount));
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Columns; j++)
                Assert.Equal(Entry(i, j), x[i, j]); // exactly: "R" round-trips
        Assert.Equal(Enumerable.Range(0, Rows).Select(i => (double)i), point["y"].Column(0));
        Assert.Equal(Rows, point.SizeOf(Dim.Of("N")));
    }

    [Fact]
    public void AnErrorAtTheEndOfATenMegabytePointNamesItsLineAndColumn()
    {
        var json = LargePoint("[1, 2]");
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<MatrixCalculusException>(() => PointReader.Read(json, [X, Y]));
        clock.Stop();
        Assert.True(clock.Elapsed < Generous, $"reading took {clock.Elapsed}");
        Assert.Equal(
            $"error MC4001 (line {Rows + 1}, column 3): row {Rows} of X has 2 entries, but row 1 has {Columns}.\n    [1, 2]],\n    ^^^^^^",
            error.Diagnostic.Render());
    }

    [Fact]
    public void MalformedJsonAtTheEndOfATenMegabytePointNamesItsLineAndColumn()
    {
        var json = LargePoint(LastRow()).Replace("]}\n", "]]\n", StringComparison.Ordinal); // the object closed by a bracket
        var lastLine = json.Split('\n')[Rows + 1];
        var error = Assert.Throws<MatrixCalculusException>(() => PointReader.Read(json, [X, Y]));
        Assert.Equal((Rows + 2, lastLine.Length), (error.Diagnostic.Span.Line, error.Diagnostic.Span.Column));
        Assert.Equal("the point is not valid JSON: ']' is invalid without a matching open.", error.Diagnostic.Message);
    }
}
