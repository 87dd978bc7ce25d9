using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests;

/// <summary>
/// Every kind of bad input: exit 2, nothing on stdout, and on stderr exactly the diagnostic (code,
/// position, message, then the input line and a caret line under the spot), never a stack trace.
/// </summary>
public class BadInputTests
{
    private static void AssertBadInput(string expectedError, params string[] args)
    {
        var run = Matcalc.Run(args);
        Assert.Equal("", run.Out);
        Assert.Equal(expectedError, run.Error);
        Assert.Equal(2, run.Exit);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("diff")]
    [InlineData("check")]
    public void ASyntaxErrorPointsAtTheOffendingToken(string command)
    {
        string[] args = command == "parse" ? [command, "1 + * 3"] : [command, "1 + * 3", "--wrt", "x"];
        AssertBadInput("error MC1001 (line 1, column 5): unexpected operator `*`, expected expression.\n  1 + * 3\n      ^\n", args);
    }

    [Fact]
    public void AnUnknownFunctionIsNamed() =>
        AssertBadInput("error MC1002 (line 1, column 1): unknown function `foo`; the functions are listed in grammar/README.md.\n  foo(x)\n  ^^^\n", "parse", "foo(x)");

    [Fact]
    public void AShapeMismatchPointsAtTheProduct() =>
        AssertBadInput("error MC2001 (line 1, column 3): cannot multiply x' (1×n) by b (m×1).\n  x'b\n    ^\n",
            "parse", "x'b", "--let", "x: n; b: m");

    [Fact]
    public void ABadDeclarationPointsIntoTheLetText() =>
        AssertBadInput("error MC1004 (line 1, column 7): expected a size after `x`, found the end of the declarations.\n  A: n x\n        ^\n",
            "parse", "x'Ax", "--let", "A: n x");

    [Fact]
    public void AnUnclosedParenthesisIsReportedAtTheEnd() =>
        AssertBadInput("error MC1001 (line 1, column 5): unexpected end of input, expected `)`.\n  (((x\n      ^\n", "eval", "(((x", "--at", "unused.json");

    [Theory]
    [InlineData("diff")]
    [InlineData("check")]
    public void AnUnknownWrtVariableIsShownUnderTheWholeExpression(string command) =>
        AssertBadInput("error MC1101 (line 1, column 1): no symbol `z` in the expression.\n  x'Ax\n  ^^^^\n", command, "x'Ax", "--wrt", "z");

    [Fact]
    public void TheSpanOfTheWholeExpressionLeavesOutSurroundingBlanks() =>
        AssertBadInput("error MC1101 (line 1, column 3): no symbol `z` in the expression.\n    x'Ax \n    ^^^^\n", "diff", "  x'Ax ", "--wrt", "z");

    [Fact]
    public void TheHessianOfAVectorIsShownUnderTheWholeExpression() =>
        AssertBadInput("error MC5001 (line 1, column 1): the Hessian needs a scalar function, but f is n×1.\n  Ax\n  ^^\n", "diff", "Ax", "--wrt", "x", "--order", "2");

    [Fact]
    public void AMissingPointFileIsNamed() =>
        AssertBadInput("error MC4001: cannot read the point file `no/such/point.json`: no such file.\n", "eval", "x'Ax", "--at", "no/such/point.json");

    [Fact]
    public void ADirectoryIsNotAPointFile()
    {
        var folder = Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar);
        AssertBadInput($"error MC4001: cannot read the point file `{folder}`: it is a directory.\n", "eval", "x'Ax", "--at", folder);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("check")]
    public void APointFileIsReadByDiffAndCheckToo(string command) =>
        AssertBadInput("error MC4001: cannot read the point file `missing.json`: no such file.\n", command, "x'Ax", "--wrt", "x", "--at", "missing.json");

    [Fact]
    public void MalformedJsonIsReportedInsideTheFileWithTheFileName()
    {
        using var file = new TempFile("""{"x": [1, 2], "A": [[1, 2], [3, 4]""");
        AssertBadInput($"error MC4001 (line 1, column 35): {file.Path}: the point is not valid JSON: expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.\n"
            + """  {"x": [1, 2], "A": [[1, 2], [3, 4]""" + "\n" + new string(' ', 36) + "^\n",
            "eval", "x'Ax", "--at", file.Path);
    }

    [Fact]
    public void APointWithoutAValueForASymbolSaysWhich()
    {
        using var file = new TempFile("""{"x": [1, 2]}""");
        AssertBadInput($"error MC4001 (line 1, column 13): {file.Path}: the point gives no value for A.\n  {{\"x\": [1, 2]}}\n              ^\n",
            "eval", "x'Ax", "--at", file.Path);
    }

    [Fact]
    public void AValueWhoseShapeDisagreesWithTheExpressionIsPointedAt()
    {
        using var file = new TempFile("""{"x": [1, 2, 3], "A": [[1, 2], [3, 4]]}""");
        AssertBadInput($"error MC4001 (line 1, column 23): {file.Path}: A is n×n with n = 3 (from x), but the point gives a 2×2 matrix.\n"
            + """  {"x": [1, 2, 3], "A": [[1, 2], [3, 4]]}""" + "\n" + new string(' ', 24) + new string('^', 16) + "\n",
            "eval", "x'Ax", "--at", file.Path);
    }

    [Fact]
    public void AValueUndefinedAtThePointNamesTheSubexpression()
    {
        using var file = new TempFile("""{"x": [1, 2]}""");
        AssertBadInput("error MC4002 (line 1, column 1): log of a non-positive value in log(x - 3).\n  sum(log(x - 3))\n  ^^^^^^^^^^^^^^^\n",
            "eval", "sum(log(x - 3))", "--at", file.Path);
    }

    [Fact]
    public void ASingularInverseIsADomainErrorOfDiffAtAPointToo()
    {
        using var file = new TempFile("""{"X": [[1, 1], [1, 1]]}""");
        AssertBadInput("error MC4002 (line 1, column 1): the derivative is undefined at this point: inverse of a singular matrix in X'^-1.\n  X^-1\n  ^^^^\n",
            "diff", "X^-1", "--wrt", "X", "--at", file.Path);
    }

    [Fact]
    public void ASizeThatNoValueFixesIsReported()
    {
        using var file = new TempFile("{}");
        AssertBadInput("error MC4001 (line 1, column 1): the size n of I_n is not known at this point.\n  I_n\n  ^^^\n", "eval", "I_n", "--at", file.Path);
    }

    // x of 6 entries fixes m·n = 6, not m and n: K_{m,n} needs its sizes from the declarations or a matrix
    // (terms carry no spans: a value error is shown under the whole expression)
    [Fact]
    public void ACommutationMatrixWhoseSizesNoValueFixesIsReported()
    {
        using var file = new TempFile("""{"x": [1, 2, 3, 4, 5, 6]}""");
        AssertBadInput("error MC4001 (line 1, column 1): the size m of K_{m,n} is not known at this point.\n  K_{m,n} x\n  ^^^^^^^^^\n",
            "eval", "K_{m,n} x", "--at", file.Path);
    }

    [Fact]
    public void CheckAtAPointWhereTheExpressionIsUndefinedIsBadInputNotAFailedCheck()
    {
        using var file = new TempFile("""{"X": [[1, 2], [2, 1]]}""");
        AssertBadInput("error MC4002 (line 1, column 1): log det of a matrix whose determinant is not positive in log det X.\n  log det X\n  ^^^^^^^^^\n",
            "check", "log det X", "--wrt", "X", "--at", file.Path);
    }
}
