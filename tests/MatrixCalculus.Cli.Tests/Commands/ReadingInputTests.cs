using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Commands;

/// <summary>
/// Issue 8 through the command line: EXPR from standard input or a file, a head naming the
/// variable, names given by --wrt and the point file, the shapes and notes beside a result,
/// sizes known to eval from declarations, and point files naming Greek symbols by their names.
/// </summary>
public class ReadingInputTests
{
    [Fact]
    public void ADashReadsTheExpressionFromStandardInput()
    {
        var run = Matcalc.RunWithInput("x^\\top A x\n", "diff", "-", "--wrt", "x");
        Assert.Equal(0, run.Exit);
        Assert.Contains("∇_x f = (A + A')x\n", run.Out);
    }

    [Fact]
    public void AnAtSignReadsTheExpressionFromAFileAndErrorsPointIntoIt()
    {
        using var good = new TempFile("\\frac{1}{N}\\|Xw - y\\|_2^2\n");
        Assert.Contains("∇_w f = (2/N)X'(Xw - y)\n", Matcalc.Run("diff", "@" + good.Path, "--wrt", "w").Out);
        using var bad = new TempFile("x^\\top A x}\n");
        var run = Matcalc.Run("parse", "@" + bad.Path);
        Assert.Equal(2, run.Exit);
        Assert.Equal("error MC1001 (line 1, column 11): unexpected `}`: no `{` before it to close.\n  x^\\top A x}\n            ^\n", run.Error);
    }

    [Fact]
    public void AHeadWithOneVariableGivesTheVariable()
    {
        var run = Matcalc.Run("diff", "L(w) := 1/N ||Xw - y||^2");
        Assert.Equal(0, run.Exit);
        Assert.Equal("f = (1/N)||Xw - y||^2\ndf = 2<Xw - y, X dw>/N\n∇_w f = (2/N)X'(Xw - y)\nshapes: N: scalar; X: n x m; w: m; y: n\n", run.Out);
        Assert.Equal(0, Matcalc.Run("check", "f(x) = x^\\top A x").Exit);
    }

    [Fact]
    public void AWordGivenByWrtOrThePointIsOneSymbolAndAnotherSplitWordIsNoted()
    {
        var byWrt = Matcalc.Run("diff", "||Wx + bias - y||^2", "--wrt", "bias");
        Assert.Contains("∇_{bias} f = 2(Wx + bias - y)\n", byWrt.Out);
        var split = Matcalc.Run("diff", "||Wx + bias - y||^2", "--wrt", "x");
        Assert.EndsWith("note: `bias` is read as the product b i a s; to make it one symbol, declare it (--let \"bias: …\") or name it with --wrt.\n", split.Out);
        using var point = new TempFile("""{"bias": [1, 2], "x": [3, 4]}""");
        Assert.Equal("{\"value\":16}\n", Matcalc.Run("eval", "bias'x + bias'bias", "--at", point.Path).Out);
    }

    [Fact]
    public void JsonCarriesTheShapesAndTheNotes()
    {
        var json = JsonRun.Object("diff", "<x, Ax> - b'x + c", "--wrt", "x", "--format", "json");
        Assert.Equal("scalar", json.GetProperty("shapes").GetProperty("c").GetString());
        Assert.Equal("n x n", json.GetProperty("shapes").GetProperty("A").GetString());
        var parse = JsonRun.Object("parse", "bias", "--format", "json");
        Assert.Equal("`bias` is read as the product b i a s; to make it one symbol, declare it (--let \"bias: …\") or name it with --wrt.",
            parse.GetProperty("notes")[0].GetString());
    }

    [Fact]
    public void EvalKnowsEverySizeTheDeclarationsAndThePointFix()
    {
        using var point = new TempFile("""{"X": [[1, 2], [3, 4]]}""");
        var run = Matcalc.Run("eval", "I_n", "--let", "X: n x n", "--at", point.Path);
        Assert.Equal("{\"value\":[[1,0],[0,1]]}\n", run.Out);
    }

    [Fact]
    public void APointNamesGreekSymbolsByTheirNames()
    {
        using var point = new TempFile("""{"alpha": 2, "sigma": 0.5, "x": [1, 2]}""");
        Assert.Equal("{\"value\":19.5}\n", Matcalc.Run("eval", "alpha x'x / (2σ^2) - σ", "--at", point.Path).Out);
        using var twice = new TempFile("""{"alpha": 2, "α": 3}""");
        var run = Matcalc.Run("eval", "α", "--at", twice.Path);
        Assert.Equal(2, run.Exit);
        Assert.StartsWith($"error MC4001 (line 1, column 14): {twice.Path}: the point gives α twice.", run.Error);
    }

    [Fact]
    public void SigmaIsTheSigmoidOnlyWhereApplied()
    {
        Assert.Contains("shapes: x: n; y: n; σ: scalar\n", Matcalc.Run("diff", "exp(-||x - y||^2/(2σ^2))", "--wrt", "x").Out);
        Assert.Contains("∇_w f = σ(w'x)(1 - σ(w'x))x\n".Replace("σ(w'x)(1 - σ(w'x))", "(1 - σ(w'x))σ(w'x)"), Matcalc.Run("diff", "\\sigma(w^\\top x)", "--wrt", "w").Out);
        Assert.Contains("shapes: σ: scalar; z: n\n", Matcalc.Run("diff", "σ(z)", "--wrt", "z", "--let", "σ: scalar").Out);
    }

    [Fact]
    public void EIsEulersNumberUnlessDeclared()
    {
        Assert.Contains("df/dz = exp(z)\n", Matcalc.Run("diff", "e^z", "--wrt", "z").Out);
        Assert.Contains("∇_e f = x\n", Matcalc.Run("diff", "e'x", "--wrt", "e", "--let", "e: n").Out);
    }
}
