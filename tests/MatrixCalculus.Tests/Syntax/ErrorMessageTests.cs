using System.Text.RegularExpressions;
using MatrixCalculus.Syntax;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.SyntaxTests;

public class ErrorMessageTests
{
    public static IEnumerable<object[]> ErrorCases => AsvCases.Read("syntax-errors.asv");

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void EveryBadInputGetsItsExactDiagnosticPointingInsideTheInput(string input, string expected)
    {
        var text = Regex.Unescape(input);
        var diagnostic = Fail(text);
        Assert.Equal(Regex.Unescape(expected), diagnostic.Render());
    }

    [Fact]
    public void DeclaredNamesDoNotChangeHowAnUnknownFunctionIsReported()
    {
        var diagnostic = Fail("bias + foo(x)", ["bias"]);
        Assert.Equal(DiagnosticCode.UnknownFunction, diagnostic.Code);
        Assert.Equal("unknown function `foo`; the functions are listed in grammar/README.md.", diagnostic.Message);
        Assert.Equal(SourceSpan.At("bias + foo(x)", 7, 3), diagnostic.Span);
    }

    [Fact]
    public void AHugeIntegerIsOutOfRangeAndItsLongLineIsShownAsAWindow()
    {
        var text = "1" + new string('0', 400);
        var diagnostic = Fail(text);
        Assert.Equal(
            "error MC1001 (line 1, column 1): number out of range.\n" +
            "  " + "1" + new string('0', 99) + "…\n" +
            "  " + new string('^', 100),
            diagnostic.Render());
    }

    [Fact]
    public void AnInputLongerThanTheLimitIsRejectedWithoutBeingRead()
    {
        var text = string.Concat(Enumerable.Repeat("x + ", 250_000)) + "x"; // about a megabyte
        var diagnostic = Fail(text);
        Assert.Equal(DiagnosticCode.InputTooLarge, diagnostic.Code);
        Assert.Equal(
            "error MC1003 (line 1, column 100001): input longer than 100000 characters.\n" +
            "  …" + text.Substring(100_000 - 50, 100) + "…\n" +
            "   " + new string(' ', 50) + "^",
            diagnostic.Render());
    }

    [Fact]
    public void HundredThousandChainedLogsAreTooLongAndThirtyThousandAreTooDeep()
    {
        Assert.Equal("input longer than 100000 characters.", Fail(string.Concat(Enumerable.Repeat("log ", 100_000)) + "x").Message);

        var deep = Fail(string.Concat(Enumerable.Repeat("log", 33_000)) + " x");
        Assert.Equal(DiagnosticCode.InputTooLarge, deep.Code);
        Assert.Equal("nesting deeper than 200 levels.", deep.Message);
        Assert.Equal(new SourceSpan(600, 3, 1, 601), deep.Span); // the 201st log
    }

    [Fact]
    public void HundredThousandNestedParenthesesAreRejectedBeforeParsing()
    {
        var text = new string('(', Limits.MaxInputLength);
        var diagnostic = Fail(text);
        Assert.Equal(
            "error MC1003 (line 1, column 201): nesting deeper than 200 levels.\n" +
            "  …" + new string('(', 100) + "…\n" +
            "   " + new string(' ', 50) + "^",
            diagnostic.Render());
    }

    [Theory]
    [InlineData("||", 2, 401)]
    [InlineData("<", 1, 201)]
    [InlineData("⟨", 1, 201)]
    [InlineData("log(", 4, 804)]    // the 201st bracket, not the name before it
    [InlineData("x^(", 3, 603)]
    [InlineData("kron(x, ", 8, 1605)]
    public void EveryKindOfBracketCountsTowardsTheNestingLimit(string opener, int width, int column)
    {
        var text = string.Concat(Enumerable.Repeat(opener, 90_000 / width)) + "x";
        var diagnostic = Fail(text);
        Assert.Equal("nesting deeper than 200 levels.", diagnostic.Message);
        Assert.Equal(column, diagnostic.Span.Column);
    }

    [Theory]
    [InlineData("-", 1, 201)]       // the 201st sign from the left is 201 levels down
    [InlineData("'", 1, 99_799)]    // x'''…: the last prime is the root, 200 primes further left the limit
    [InlineData("+x", 2, 99_598)]   // x+x+…+x: the last + is the root, the sums nest to the left
    public void LongOperatorChainsAreTooDeepForLaterTreeWalks(string link, int width, int column)
    {
        var chain = string.Concat(Enumerable.Repeat(link, 99_998 / width));
        var text = link == "-" ? chain + "x" : "x" + chain;
        var diagnostic = Fail(text);
        Assert.Equal(DiagnosticCode.InputTooLarge, diagnostic.Code);
        Assert.Equal("nesting deeper than 200 levels: each operator of a chain such as `x + x + …` is one level.", diagnostic.Message);
        Assert.Equal(column, diagnostic.Span.Column);
    }

    private static Diagnostic Fail(string text, IReadOnlyCollection<string>? declared = null)
    {
        var error = Assert.Throws<MatrixCalculusException>(() => Parser.Parse(text, declared));
        AssertPointsInside(text, error.Diagnostic);
        return error.Diagnostic;
    }

    internal static void AssertPointsInside(string text, Diagnostic diagnostic)
    {
        Assert.Same(text, diagnostic.Source);
        Assert.False(diagnostic.Span.IsNone);
        Assert.InRange(diagnostic.Span.Start, 0, text.Length);
        Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
        Assert.Equal(SourceSpan.At(text, diagnostic.Span.Start, diagnostic.Span.Length), diagnostic.Span);
        Assert.EndsWith(".", diagnostic.Message);
        Assert.Equal(char.ToLowerInvariant(diagnostic.Message[0]), diagnostic.Message[0]);
    }
}
