using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Fuzz;

/// <summary>
/// eval and check at points where numbers stop meaning much: a nearly singular matrix, a point on
/// or a finite-difference step from a kink, entries of very different sizes. Each answer is either
/// a value or an honest message, with the exact wording.
/// </summary>
public class NumericHonestyTests
{
    private const string NearlySingular = "{\"X\": [[1, 1], [1, 1.00000000000001]]}";
    // κ₁ ≈ 4·10⁴: the inverse is fine, but finite differences of it are off by about (1e-6·κ)².
    private const string IllConditioned = "{\"X\": [[1, 1], [1, 1.0001]]}";

    private static RunResult Run(string json, params string[] args)
    {
        using var point = new TempFile(json);
        return Matcalc.Run([.. args, "--at", point.Path]);
    }

    private static void AssertError(string expected, RunResult run)
    {
        Assert.Equal(expected, run.Error);
        Assert.Equal("", run.Out);
        Assert.Equal(2, run.Exit);
    }

    // The report without the line of the measured error, whose last digits are the machine's.
    private static string[] Report(RunResult run) =>
        run.Out.TrimEnd('\n').Split('\n').Where(line => !line.StartsWith("max relative error: ", StringComparison.Ordinal)).ToArray();

    [Theory]
    [InlineData("X^-1")]
    [InlineData("inv(X)")]
    public void EvalOfTheInverseOfANearlySingularMatrixGivesItsConditionNumber(string expression) =>
        AssertError($"error MC4002 (line 1, column 1): inverse of a nearly singular matrix (condition number 4e+14) in X^-1.\n  {expression}\n  {new string('^', expression.Length)}\n",
            Run(NearlySingular, "eval", expression));

    [Fact]
    public void EvalOfLogDetOfAMatrixWithNegativeDeterminantSaysSo() =>
        AssertError("error MC4002 (line 1, column 1): log det of a matrix whose determinant is not positive in log det X.\n  log det X\n  ^^^^^^^^^\n",
            Run("{\"X\": [[0, 1], [1, 0]]}", "eval", "log det X"));

    [Fact]
    public void EvalOfDetAndLogDetOfANearlySingularMatrixWithPositiveDeterminantAreValues()
    {
        Assert.Equal("{\"value\":9.992007221626409E-15}\n", Run(NearlySingular, "eval", "det X").Out);
        Assert.Equal("{\"value\":-32.236990899346836}\n", Run(NearlySingular, "eval", "log det X").Out);
    }

    [Fact]
    public void CheckWhereFItselfIsUndefinedNamesTheSubexpression() =>
        AssertError("error MC4002 (line 1, column 1): inverse of a nearly singular matrix (condition number 4e+14) in X^-1.\n  tr(X^-1)\n  ^^^^^^^^\n",
            Run(NearlySingular, "check", "tr(X^-1)", "--wrt", "X"));

    [Fact]
    public void CheckWhereOnlyTheDerivativeIsUndefinedSaysItIsTheDerivative() =>
        AssertError("error MC4002 (line 1, column 1): the derivative is undefined at this point: inverse of a nearly singular matrix (condition number 4e+14) in X'^-1.\n  det X\n  ^^^^^\n",
            Run(NearlySingular, "check", "det X", "--wrt", "X"));

    [Fact]
    public void CheckWhereAFiniteDifferenceStepLeavesTheDomainSaysThatInsteadOfBlamingThePoint() =>
        // log det X is defined at X (det X = 1e-8 > 0), but not at X − hV for h = 1e-6.
        AssertError("error MC4002 (line 1, column 1): a finite-difference step from this point leaves the domain: log det of a matrix whose determinant is not positive in log det X.\n  log det X\n  ^^^^^^^^^\n",
            Run("{\"X\": [[1, 1], [1, 1.00000001]]}", "check", "log det X", "--wrt", "X"));

    [Fact]
    public void CheckAtAnIllConditionedMatrixWarnsThatFiniteDifferencesAreInaccurate()
    {
        var run = Run(IllConditioned, "check", "tr(X^-1)", "--wrt", "X");
        Assert.Equal(
        [
            $"FAILED: ∇_X f of tr(X^-1) at the point in {run.Out.Split(" at the point in ")[1].Split('\n')[0]}",
            "tolerance: 1E-05",
            "warning: X is nearly singular at this point (condition number 4e+4): finite differences are inaccurate this close to a singular matrix, so the check may fail although the derivative is right.",
        ], Report(run));
        Assert.Equal(1, run.Exit);
    }

    [Fact]
    public void CheckAtAWellConditionedMatrixHasNoSuchWarning()
    {
        var run = Run("{\"X\": [[2, 1], [1, 3]]}", "check", "tr(X^-1)", "--wrt", "X");
        Assert.DoesNotContain("warning", run.Out);
        Assert.Equal(0, run.Exit);
    }

    [Fact]
    public void CheckOnAKinkWarns()
    {
        var run = Run("{\"x\": [0, 2]}", "check", "sum(relu(x))", "--wrt", "x");
        Assert.Contains("warning: the point is at a kink of relu in relu(x): an entry of x is within 1e-8 of 0.\n", run.Out);
    }

    [Fact]
    public void CheckAStepFromAKinkWarnsThatTheCheckMayFail()
    {
        // x'x - 1 = 1e-7: the central difference straddles relu's kink and averages its two slopes.
        var run = Run("{\"x\": [1.00000005, 0]}", "check", "relu(x'x - 1)", "--wrt", "x");
        Assert.EndsWith("\nwarning: the point is within a finite-difference step of a kink of relu in relu(x'x - 1): an entry of x'x - 1 changes sign a step away, "
            + "so the check may fail although the derivative is right.\n", run.Out);
        Assert.Equal(1, run.Exit);
    }

    [Fact]
    public void CheckAStepFromTheKinkOfANormWarnsToo()
    {
        var run = Run("{\"x\": [1e-7, 0]}", "check", "||x||", "--wrt", "x");
        Assert.Contains("warning: the point is within a finite-difference step of a kink of ||x||: x is within a step of 0, so the check may fail although the derivative is right.\n", run.Out);
    }

    [Fact]
    public void CheckWhereRoundingSwampsTheDifferenceWarns()
    {
        // f ≈ 1e13 changes by about 1e-6 over a step: its last digit (ε·1e13 ≈ 2e-3) is a thousand times that.
        var run = Run("{\"x\": [0.3, -0.4], \"c\": 1e13}", "check", "x'x + c", "--wrt", "x", "--let", "c: scalar");
        Assert.EndsWith("\nwarning: f is about 1e+13 here but changes by only about 3.5e-7 over a finite-difference step, "
            + "so rounding swamps the difference and the check may fail although the derivative is right.\n", run.Out);
        Assert.Equal(1, run.Exit);
        var modest = Run("{\"x\": [0.3, -0.4], \"c\": 1e4}", "check", "x'x + c", "--wrt", "x", "--let", "c: scalar");
        Assert.DoesNotContain("warning", modest.Out);
        Assert.Equal(0, modest.Exit);
    }

    [Fact]
    public void CheckWhereTheFunctionVariesFasterThanTheStepWarns()
    {
        // The entry 3·10⁵ moves by about 0.3 in a step (1e-6 of its size): sin turns within it.
        var run = Run("{\"x\": [-0.46, 0.91, 293653, 0.4]}", "check", "x .* sin(x)", "--wrt", "x");
        Assert.Matches(@"\nwarning: the finite differences do not settle here: with steps h and h/4 they differ by [0-9.]+e-[0-9] \(relative\), "
            + @"more than the tolerance, so the check may fail although the derivative is right\.\n$", run.Out);
        Assert.Equal(1, run.Exit);
    }

    [Fact]
    public void ValuesNear1e308DoNotOverflowTheRoundingEstimate()
    {
        var run = Run("{\"x\": [0.3, -0.4], \"c\": 1e308}", "check", "x'x + c", "--wrt", "x", "--let", "c: scalar");
        Assert.EndsWith("\nwarning: f is about 1e+308 here but changes by only about 3.5e-7 over a finite-difference step, "
            + "so rounding swamps the difference and the check may fail although the derivative is right.\n", run.Out);
    }

    [Theory]
    [InlineData("sum(log(x))")]
    [InlineData("||x||_1 + ||x||")]
    public void EntriesOfVeryDifferentSizesEachGetAStepOfTheirOwnSize(string expression)
    {
        // One step for all entries (1e-6·‖x‖ = 1e6 here) would take x₁ = 0.1 below 0: out of log's domain, across abs's kink.
        var run = Run("{\"x\": [0.1, 1e12]}", "check", expression, "--wrt", "x");
        Assert.StartsWith("passed: ", run.Out);
        Assert.Equal(0, run.Exit);
    }

    [Fact]
    public void APointWhoseSizesContradictAProductDimensionSaysWhichSizes()
    {
        // vec(Ab)'vec(X) makes A's rows m·k, the entries of vec(X).
        AssertError("error MC4001 (line 1, column 46): POINT: X is m×k with m·k = 3 (from A), but the point gives a 2×2 matrix.\n"
            + "  {\"A\": [[1,2],[3,4],[5,6]], \"b\": [1, 1], \"X\": [[1,2],[3,4]]}\n"
            + "                                               ^^^^^^^^^^^^^\n",
            Renamed(Run("{\"A\": [[1,2],[3,4],[5,6]], \"b\": [1, 1], \"X\": [[1,2],[3,4]]}", "eval", "vec(Ab)'vec(X)")));
        AssertError("error MC4001 (line 1, column 27): POINT: A is m·k×n with m·k = 4 (from X), but the point gives a 3×2 matrix.\n"
            + "  {\"X\": [[1,2],[3,4]], \"A\": [[1,2],[3,4],[5,6]], \"b\": [1, 1]}\n"
            + "                            ^^^^^^^^^^^^^^^^^^^\n",
            Renamed(Run("{\"X\": [[1,2],[3,4]], \"A\": [[1,2],[3,4],[5,6]], \"b\": [1, 1]}", "eval", "vec(Ab)'vec(X)")));
        Assert.Equal("{\"value\":106}\n", Run("{\"X\": [[1,2],[3,4]], \"A\": [[1,2],[3,4],[5,6],[7,8]], \"b\": [1, 1]}", "eval", "vec(Ab)'vec(X)").Out);
    }

    [Fact]
    public void AHugeEntryDoesNotMakeAnAsymmetricMatrixPassAsSymmetric() =>
        // ‖A‖_F overflows to ∞ here, so a tolerance relative to it let every matrix through.
        AssertError("error MC4001 (line 1, column 7): POINT: A is declared symmetric, but the point gives a matrix that is not symmetric.\n"
            + "  {\"A\": [[0, 1e308], [1, 0]]}\n"
            + "        ^^^^^^^^^^^^^^^^^^^^\n",
            Renamed(Run("{\"A\": [[0, 1e308], [1, 0]]}", "eval", "tr(A)", "--let", "A: n x n symmetric")));

    [Fact]
    public void ARandomPointDrawsTheSizesOfProductDimensions() =>
        Assert.Equal(0, Matcalc.Run("check", "vec(Ab)'vec(X)", "--wrt", "X").Exit);

    // The temporary file's name stands where the message names the point file.
    private static RunResult Renamed(RunResult run) =>
        run with { Error = System.Text.RegularExpressions.Regex.Replace(run.Error, @"/[^ ]*matcalc-test-[0-9a-f]+\.json", "POINT") };
}
