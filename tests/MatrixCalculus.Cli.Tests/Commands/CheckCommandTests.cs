using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Commands;

public class CheckCommandTests
{
    [Theory]
    [InlineData("x'Ax", "x", "1", null)]
    [InlineData("x'Ax", "x", "2", null)]
    [InlineData("log det X", "X", "1", "X: n x n spd")]
    [InlineData("(1/N)||Xw - y||^2", "w", "1", null)]
    [InlineData("-sum(y .* log(σ(Xw + b)) + (1 - y) .* log(1 - σ(Xw + b)))", "w", "1", "b: scalar")]
    [InlineData("X^-1", "X", "1", null)]
    public void ACorrectDerivativePassesWithExitCode0(string expression, string wrt, string order, string? let)
    {
        foreach (var seed in new[] { "1", "2", "3" })
        {
            string[] args = ["check", expression, "--wrt", wrt, "--order", order, "--seed", seed, .. let is null ? [] : new[] { "--let", let }];
            var run = Matcalc.Run(args);
            Assert.True(run.Exit == 0, $"{string.Join(' ', args)}: exit {run.Exit}\n{run.Out}{run.Error}");
            Assert.Equal("", run.Error);
            var lines = run.Out.TrimEnd('\n').Split('\n');
            Assert.StartsWith("passed: ", lines[0]);
            Assert.EndsWith($" at a random point (seed {seed})", lines[0]);
            Assert.StartsWith("max relative error: ", lines[1]);
            Assert.Equal(order == "1" ? "tolerance: 1E-05" : "tolerance: 0.0001", lines[2]);
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameReportByteForByte()
    {
        var first = Matcalc.Run("check", "tr(AXB)", "--wrt", "X", "--seed", "7");
        var second = Matcalc.Run("check", "tr(AXB)", "--wrt", "X", "--seed", "7");
        Assert.Equal(0, first.Exit);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public void WithoutSeedOrPointTheSeedIs1()
    {
        Assert.Equal(Matcalc.Run("check", "x'Ax", "--wrt", "x", "--seed", "1").Out, Matcalc.Run("check", "x'Ax", "--wrt", "x").Out);
    }

    [Fact]
    public void AtAKinkOfReluTheCheckFailsWithExitCode1AndAWarning()
    {
        // The derivative of relu at 0 is taken as step(0) = 0; the central difference sees 1/2.
        using var file = new TempFile("""{"x": [0, 0, 0]}""");
        var run = Matcalc.Run("check", "sum(relu(x))", "--wrt", "x", "--at", file.Path);
        Assert.Equal(1, run.Exit);
        Assert.Equal("", run.Error);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal($"FAILED: ∇_x f of sum(relu(x)) at the point in {file.Path}", lines[0]);
        Assert.StartsWith("max relative error: ", lines[1]);
        Assert.Equal("tolerance: 1E-05", lines[2]);
        Assert.StartsWith("warning: ", lines[3]);
    }
}
