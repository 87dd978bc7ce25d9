using System.Text.Json;
using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Commands;

public class EvalCommandTests
{
    public static IEnumerable<object[]> CasesAndSeeds() =>
        from index in Enumerable.Range(0, EvalCases.All.Length)
        from seed in new[] { 1, 2, 3 }
        select new object[] { EvalCases.All[index].ToString(), index, seed };

    [Theory]
    [MemberData(nameof(CasesAndSeeds))]
    public void EvalAgreesWithAHandWrittenMathNetComputationAtRandomPoints(string name, int index, int seed)
    {
        var @case = EvalCases.All[index];
        var point = new PointBuilder(seed);
        var expected = @case.Expected(point);
        using var file = new TempFile(point.ToJson());
        var args = new List<string> { "eval", @case.Expression, "--at", file.Path };
        if (@case.Let is not null) args.AddRange(["--let", @case.Let]);

        var run = Matcalc.Run([.. args]);

        Assert.True(run.Exit == 0, $"{name}, seed {seed}: exit {run.Exit}: {run.Error}");
        Assert.Equal("", run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(["value"], json.RootElement.EnumerateObject().Select(p => p.Name));
        JsonValues.AssertClose(expected, json.RootElement.GetProperty("value"), $"{name}, seed {seed}, point {point.ToJson()}");
    }

    [Fact]
    public void EvalPrintsOneCompactLineOfJson()
    {
        using var file = new TempFile("""{"A": [[1, 2], [3, 4]], "x": [1, 2]}""");
        var run = Matcalc.Run("eval", "x'Ax", "--at", file.Path);
        Assert.Equal(0, run.Exit);
        Assert.Equal("{\"value\":27}\n", run.Out);
    }

    [Fact]
    public void AVectorIsAListAMatrixAListOfRowsAndARowVectorOneRow()
    {
        using var file = new TempFile("""{"A": [[1, 2], [3, 4]], "x": [1, 2]}""");
        Assert.Equal("{\"value\":[5,11]}\n", Matcalc.Run("eval", "Ax", "--at", file.Path).Out);
        Assert.Equal("{\"value\":[[1,3],[2,4]]}\n", Matcalc.Run("eval", "A'", "--at", file.Path).Out);
        Assert.Equal("{\"value\":[[1,2]]}\n", Matcalc.Run("eval", "x'", "--at", file.Path).Out);
    }

    [Fact]
    public void AnExpressionStartingWithMinusIsTheExpressionWithOrWithoutDoubleDash()
    {
        using var file = new TempFile("""{"h": [1, 2], "x": [1, 2]}""");
        Assert.Equal("{\"value\":-5}\n", Matcalc.Run("eval", "-x'x", "--at", file.Path).Out);
        Assert.Equal("{\"value\":[-1,-2]}\n", Matcalc.Run("eval", "--at", file.Path, "--", "-h").Out);
    }

    [Fact]
    public void AnArgumentStartingWithAtIsAnExpressionFileNotAResponseFile()
    {
        var run = Matcalc.Run("parse", "@no-such-file.txt");
        Assert.Equal(2, run.Exit);
        Assert.Equal("error MC5001: cannot read the expression file `no-such-file.txt`: no such file.\n", run.Error);
    }
}
