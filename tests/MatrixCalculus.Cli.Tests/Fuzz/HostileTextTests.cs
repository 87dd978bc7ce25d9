using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Fuzz;

/// <summary>
/// Control and bidirectional characters in every input: each is reported where it stands, and
/// none reaches the terminal through a message that quotes the input (a right-to-left mark would
/// reorder the rest of the line, an escape would start a terminal command).
/// </summary>
public class HostileTextTests
{
    private static void AssertBadInput(string expectedError, params string[] args)
    {
        var run = Matcalc.Run(args);
        Assert.Equal(expectedError, run.Error);
        Assert.Equal("", run.Out);
        Assert.Equal(2, run.Exit);
    }

    [Fact]
    public void AControlCharacterInTheExpressionIsShownAsItsCodePoint() =>
        AssertBadInput("error MC1001 (line 1, column 2): unexpected control character U+001B.\n  x?[31m + y\n   ^\n", "parse", "x\u001b[31m + y");

    [Fact]
    public void ARightToLeftOverrideInTheExpressionIsShownAsItsCodePoint() =>
        AssertBadInput("error MC1001 (line 1, column 2): unexpected bidirectional control character U+202E.\n  x? + y\n   ^\n", "parse", "x\u202e + y");

    [Theory]
    [InlineData("x\u200f", "xU+200F")]
    [InlineData("\0", "U+0000")]
    [InlineData("x\u001b[2J", "xU+001B[2J")]
    public void AWrtNameWithInvisibleCharactersIsQuotedVisibly(string wrt, string shown) =>
        AssertBadInput($"error MC1101 (line 1, column 1): no symbol `{shown}` in the expression.\n  x'x\n  ^^^\n", "diff", "x'x", "--wrt", wrt);

    [Fact]
    public void ANulInTheDeclarationsIsQuotedVisibly() =>
        AssertBadInput("error MC1004 (line 1, column 2): expected `:` or `,` after x, found `U+0000`.\n  x? n\n   ^\n", "parse", "x'x", "--let", "x\0 n");

    [Fact]
    public void APointFileNameWithAnOverrideIsQuotedVisibly() =>
        AssertBadInput("error MC4001: cannot read the point file `/nonexistent/aU+202Eb.json`: no such file.\n", "eval", "x'x", "--at", "/nonexistent/a\u202eb.json");
}
