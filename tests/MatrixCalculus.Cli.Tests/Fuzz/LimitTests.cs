using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Fuzz;

/// <summary>
/// Every limit of README.md's "Limits" section, through matcalc, with its exact message. The
/// runs that must be stopped early get a time budget far below what the unstopped work would
/// take, so that a limit that stopped working shows up as the time-out message, not a slow test.
/// </summary>
public class LimitTests
{
    // 20 s, not less: on a loaded 2-core machine the size limit's own work (pushing d(·) down a
    // 150-deep chain) has taken more than 5 s, and the unstopped work takes many minutes.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    private static RunResult Run(TimeSpan budget, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = Cli.Run(args, stdout, stderr, budget);
        return new RunResult(exit, stdout.ToString(), stderr.ToString());
    }

    private static void AssertStopped(string expectedError, params string[] args)
    {
        var run = Run(Budget, args);
        Assert.Equal(expectedError, run.Error);
        Assert.Equal("", run.Out);
        Assert.Equal(2, run.Exit);
    }

    private static string Nest(string open, string middle, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + middle + string.Concat(Enumerable.Repeat(close, depth));

    [Fact]
    public void AnExpressionLongerThanTheLimitIsRefusedAtTheFirstCharacterPastIt()
    {
        var text = string.Concat(Enumerable.Repeat("x + ", 25_000)) + "x";
        AssertStopped("error MC1003 (line 1, column 100001): input longer than 100000 characters.\n"
            + "  … + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x\n"
            + "  " + new string(' ', 100) + "^\n", "parse", text);
    }

    [Fact]
    public void AMegabyteExpressionIsRefusedJustAsQuickly()
    {
        var run = Run(Budget, "diff", new string('x', 1_000_000), "--wrt", "x");
        Assert.StartsWith("error MC1003 (line 1, column 100001): input longer than 100000 characters.\n", run.Error);
        Assert.Equal(2, run.Exit);
    }

    [Fact]
    public void NestingPastTheLimitIsRefusedAtTheFirstLevelTooDeep() =>
        AssertStopped("error MC1003 (line 1, column 201): nesting deeper than 200 levels.\n"
            + "  …((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((…\n"
            + "                                                     ^\n", "parse", Nest("(", "x", ")", 40_000));

    [Fact]
    public void AMatrixPowerPastTheLimitIsRefusedAtTheCaret() =>
        // Undeclared, X^65 makes X a scalar (a matrix could not take that power); declared a matrix, it cannot.
        AssertStopped("error MC1003 (line 1, column 7): cannot raise X (n×n) to 65: matrix powers go from -64 to 64.\n  tr(X)X^65\n        ^\n",
            "diff", "tr(X)X^65", "--wrt", "X", "--let", "X: n x n");

    [Fact]
    public void ADerivativeThatWouldExplodeIsStoppedBeforeItIsSimplified() =>
        // (((X²)²)²)… : each level doubles the product rule's terms, 2^12 copies in all.
        AssertStopped("error MC1003 (line 1, column 1): the derivative grows past 20000 terms; differentiate a smaller expression, or one part of it at a time.\n"
            + "  tr((((((((((((X^2)^2)^2)^2)^2)^2)^2)^2)^2)^2)^2)^2)\n"
            + "  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n",
            "diff", "tr(" + Nest("(", "X^2", ")^2", 11) + ")", "--wrt", "X");

    [Fact]
    public void TheSecondDerivativeOfALongChainIsStopped()
    {
        // d² of 150 nested logs has some 2·10⁶ terms (three nested product rules).
        var chain = string.Concat(Enumerable.Repeat("log ", 150)) + "x";
        var run = Run(Budget, "diff", chain, "--wrt", "x", "--let", "x: scalar", "--order", "2");
        Assert.StartsWith("error MC1003 (line 1, column 1): the derivative grows past 20000 terms; differentiate a smaller expression, or one part of it at a time.\n", run.Error);
        Assert.Equal(2, run.Exit);
    }

    [Fact]
    public void TheHessianOfAProductOfManyFactorsIsStopped()
    {
        var product = string.Join(" * ", Enumerable.Range(1, 30).Select(i => $"(x'A{i}x)"));
        var run = Run(Budget, "check", product, "--wrt", "x", "--order", "2");
        Assert.StartsWith("error MC1003 (line 1, column 1): the derivative grows past 20000 terms; differentiate a smaller expression, or one part of it at a time.\n", run.Error);
        Assert.Equal(2, run.Exit);
    }

    [Fact]
    public void ADerivativeUnderTheSizeLimitIsGivenAndOnePastItIsNot()
    {
        // The Hessian of n nested logs has about n³/2 terms: 20 levels pass, 34 do not.
        static string Logs(int n) => string.Concat(Enumerable.Repeat("log ", n)) + "x";
        Assert.Equal(0, Run(Budget, "diff", Logs(20), "--wrt", "x", "--let", "x: scalar", "--order", "2").Exit);
        AssertStopped("error MC1003 (line 1, column 1): the derivative grows past 20000 terms; differentiate a smaller expression, or one part of it at a time.\n"
            + $"  {Logs(34)[..100]}…\n  {new string('^', 100)}\n",
            "diff", Logs(34), "--wrt", "x", "--let", "x: scalar", "--order", "2");
    }

    [Fact]
    public void ACommandPastItsTimeBudgetStopsWithExitTwoAndPrintsNothingElse()
    {
        // Some 100 ms of work (a 25-level chain under a Hessian) against a budget of 1 ms.
        var chain = string.Concat(Enumerable.Repeat("log ", 25)) + "x";
        var run = Run(TimeSpan.FromMilliseconds(1), "check", chain, "--wrt", "x", "--let", "x: scalar", "--order", "2");
        Assert.Equal("error MC1003: the command did not finish within its time budget of 0.001 seconds; "
            + "try a smaller expression or point, or a first derivative instead of a second (or set MATCALC_TIME_BUDGET to more seconds).\n", run.Error);
        Assert.Equal("", run.Out);
        Assert.Equal(2, run.Exit);
    }

    [Theory]
    [InlineData(null, 10.0)]
    [InlineData("", 10.0)]
    [InlineData("2.5", 2.5)]
    [InlineData(" 60 ", 60.0)]
    [InlineData("1e-3", 0.001)]
    public void TheTimeBudgetIsTenSecondsUnlessTheEnvironmentSaysOtherwise(string? text, double seconds)
    {
        var (budget, problem) = TimeBudget.Read(text);
        Assert.Null(problem);
        Assert.Equal(TimeSpan.FromSeconds(seconds), budget);
    }

    [Theory]
    [InlineData("ten")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("1e10")]
    public void ATimeBudgetThatIsNotAPositiveNumberOfSecondsIsAnError(string text) =>
        Assert.Equal($"MATCALC_TIME_BUDGET must be a number of seconds between 0 and 2147484, not `{text}`.", TimeBudget.Read(text).Problem);

    [Fact]
    public void NestedKroneckerProductsTakeLinearTimeToShape()
    {
        // The shape of kron(x, kron(x, …)) was once computed twice per level: 2^60 steps here.
        var run = Run(Budget, "parse", Nest("kron(x, ", "x", ")", 60));
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.Exit);
    }
}
