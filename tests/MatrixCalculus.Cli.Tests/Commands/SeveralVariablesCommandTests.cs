using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Commands;

/// <summary><c>--wrt w,b</c> in diff (every format) and check: each derivative in turn, then the mixed blocks.</summary>
public class SeveralVariablesCommandTests
{
    private const string F = "x'Ax + x'By + y'y";
    private const string Point = """{"x": [1, 2], "y": [1, 0, 1], "A": [[1, 2], [3, 4]], "B": [[1, 0, 2], [0, 1, 0]]}""";

    [Fact]
    public void TextPrintsEachDerivativeInTurnThenTheMixedBlock()
    {
        var run = Matcalc.Run("diff", F, "--wrt", "x,y", "--order", "2");
        Assert.Equal(0, run.Exit);
        Assert.Equal(
            "f = x'Ax + x'By + y'y\ndf = dx'(Ax + By) + x'A dx\n∇²_x f = A + A'\n\n" +
            "f = x'Ax + x'By + y'y\ndf = (x'B + y') dy + dy'y\n∇²_y f = 2I_m\n\n" +
            "f = x'Ax + x'By + y'y\ndf = dx'(Ax + By) + x'A dx\n∂²f/∂x∂y = B\n",
            run.Out);
    }

    [Fact]
    public void JsonIsAnArrayOfThePerVariableObjectsWithTheMixedBlocksInTheFirstVariables()
    {
        using var file = new TempFile(Point);
        var array = JsonRun.Object("diff", F, "--wrt", "x, y", "--order", "2", "--format", "json", "--at", file.Path);
        Assert.Equal(2, array.GetArrayLength());
        var (x, y) = (array[0], array[1]);
        Assert.Equal(["expression", "wrt", "order", "kind", "shape", "differential", "result", "latex", "value", "mixed"], JsonRun.Keys(x));
        Assert.Equal("x", x.GetProperty("wrt").GetString());
        Assert.Equal("[[2,5],[5,8]]", x.GetProperty("value").GetRawText());
        Assert.Equal("y", y.GetProperty("wrt").GetString());
        Assert.False(y.TryGetProperty("mixed", out _));
        var mixed = Assert.Single(x.GetProperty("mixed").EnumerateArray());
        Assert.Equal(["expression", "wrt", "label", "order", "kind", "shape", "differential", "result", "latex", "value"], JsonRun.Keys(mixed));
        Assert.Equal("∂²f/∂x∂y", mixed.GetProperty("label").GetString());
        Assert.Equal("hessian", mixed.GetProperty("kind").GetString());
        Assert.Equal("""["n","m"]""", mixed.GetProperty("shape").GetRawText());
        Assert.Equal("B", mixed.GetProperty("result").GetString());
        // ∂²f/∂x∂y = B at the point: the numbers of B.
        Assert.Equal("[[1,0,2],[0,1,0]]", mixed.GetProperty("value").GetRawText());
    }

    [Fact]
    public void LatexAndMarkdownPrintOneBlockPerDerivative()
    {
        var latex = Matcalc.Run("diff", F, "--wrt", "x,y", "--order", "2", "--format", "latex").Out;
        Assert.Equal(3, latex.Split(@"\begin{aligned}").Length - 1);
        Assert.Contains(@"\frac{\partial^2 f}{\partial x \, \partial y} &= B", latex);
        var markdown = Matcalc.Run("diff", F, "--wrt", "x,y", "--order", "2", "--format", "markdown").Out;
        Assert.Contains("| ∂²f/∂x∂y | `B` |", markdown);
        Assert.Equal(3, markdown.Split("|---|---|").Length - 1);
    }

    [Fact]
    public void OneNameStillPrintsOneObject()
    {
        var json = JsonRun.Object("diff", "x'Ax", "--wrt", "x", "--format", "json");
        Assert.Equal("x", json.GetProperty("wrt").GetString());
    }

    [Fact]
    public void CheckReportsEveryDerivativeAndMixedBlockAndPassesWhenAllDo()
    {
        var run = Matcalc.Run("check", "-sum(y .* log(σ(Xw + b)) + (1 - y) .* log(1 - σ(Xw + b)))", "--wrt", "w,b", "--let", "b: scalar", "--order", "2");
        Assert.True(run.Exit == 0, run.Out + run.Error);
        var verdicts = run.Out.Split('\n').Where(line => line.StartsWith("passed: ") || line.StartsWith("FAILED: ")).ToArray();
        Assert.Equal(["passed: ∇²_w f", "passed: d²f/db²", "passed: ∂²f/∂w∂b"], verdicts.Select(v => v[..v.IndexOf(" of ")]));
    }

    [Theory]
    [InlineData("x,,A", "error MC5001: --wrt `x,,A` has an empty name: give the variables separated by single commas, e.g. --wrt w,b.")]
    [InlineData("x,", "error MC5001: --wrt `x,` has an empty name: give the variables separated by single commas, e.g. --wrt w,b.")]
    [InlineData("x,x", "error MC5001: `x` is given twice in --wrt; name each variable once.")]
    [InlineData("x,z", "error MC1101 (line 1, column 1): no symbol `z` in the expression.\n  x'Ax\n  ^^^^")]
    public void BadListsAreErrorsWithExitCode2(string wrt, string message)
    {
        foreach (var command in new[] { "diff", "check" })
        {
            var run = Matcalc.Run(command, "x'Ax", "--wrt", wrt);
            Assert.Equal(2, run.Exit);
            Assert.Equal("", run.Out);
            Assert.Equal(message + "\n", run.Error);
        }
    }
}
