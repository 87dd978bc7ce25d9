using MatrixCalculus.Syntax;

namespace MatrixCalculus.Tests.SyntaxTests;

public class TokenizerTests
{
    private static string Tokens(string text, params string[] declared) =>
        string.Join(" ", MatrixTokenizer.Tokenize(text, declared).Select(t => $"{t.Kind}:{t.ToStringValue()}"));

    [Theory]
    [InlineData("x'Ax", "Identifier:x Prime:' Identifier:A Identifier:x")]
    [InlineData("W1x2", "Identifier:W1 Identifier:x2")]
    [InlineData("logdet X", "Function:logdet Identifier:X")]
    [InlineData("logsumexp", "Function:logsumexp")]
    [InlineData("norm2 norm1", "Function:norm2 Function:norm1")]
    [InlineData("theta beta eta", "SpelledName:theta SpelledName:beta SpelledName:eta")]
    [InlineData("alpha12x", "SpelledName:alpha12 Identifier:x")]
    [InlineData("σ sigma", "SpelledName:σ SpelledName:sigma")]
    [InlineData("σ(x) sigma (x)", "Function:σ LeftParen:( Identifier:x RightParen:) Function:sigma LeftParen:( Identifier:x RightParen:)")]
    [InlineData("expx", "Function:exp Identifier:x")]
    [InlineData("log2 x", "Function:log Number:2 Identifier:x")]
    public void WordsSplitIntoTheLongestReservedWordOrOneLetterWithItsDigits(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void DeclaredNamesAreMatchedLongestFirstAndOnlyWhenDeclared()
    {
        Assert.Equal("Identifier:W Identifier:b Identifier:i Identifier:a Identifier:s", Tokens("Wbias"));
        Assert.Equal("Identifier:W Identifier:bias", Tokens("Wbias", "bias"));
        Assert.Equal("Identifier:bias2", Tokens("bias2", "bias", "bias2"));
        // names that cannot be one token (one letter, or not made of letters and digits) are ignored
        Assert.Equal("Identifier:x Subscript:_1", Tokens("x_1", "x_1", "x"));
    }

    [Theory]
    [InlineData("1/2x", "Number:1/2 Identifier:x")]
    [InlineData("1 / 2", "Number:1 Slash:/ Number:2")]
    [InlineData("x/2", "Identifier:x Slash:/ Number:2")]
    [InlineData("1/2.5", "Number:1 Slash:/ Number:2.5")]
    [InlineData("1.5/2", "Number:1.5 Slash:/ Number:2")]
    [InlineData("1/2e3", "Number:1 Slash:/ Number:2e3")]
    [InlineData("2e-3 2e+3 2ex", "Number:2e-3 Number:2e+3 Number:2 Identifier:e Identifier:x")]
    [InlineData("2.*x .5", "Number:2 DotStar:.* Identifier:x Number:.5")]
    [InlineData("1_n", "Number:1 Subscript:_n")]
    public void NumbersIncludeIntegerFractionsWrittenWithoutSpaces(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("||x||_F", "DoubleBar:|| Identifier:x DoubleBar:|| Subscript:_F")]
    [InlineData("x_{ij}", "Identifier:x Subscript:_{ij}")]
    [InlineData("a.*b./c.^d", "Identifier:a DotStar:.* Identifier:b DotSlash:./ Identifier:c DotCaret:.^ Identifier:d")]
    [InlineData("a⊙b⊗c", "Identifier:a CircledDot:⊙ Identifier:b CircledTimes:⊗ Identifier:c")]
    [InlineData("X′Xᵀ", "Identifier:X Prime:′ Identifier:X Prime:ᵀ")]
    [InlineData("a − b", "Identifier:a Minus:− Identifier:b")]
    [InlineData("⟨x, y⟩ <x, y>", "LeftAngleBracket:⟨ Identifier:x Comma:, Identifier:y RightAngleBracket:⟩ LessThan:< Identifier:x Comma:, Identifier:y GreaterThan:>")]
    public void SymbolsOfSeveralCharactersComeBeforeTheirPrefixes(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void TokensKnowTheirLineAndColumn()
    {
        var tokens = MatrixTokenizer.Tokenize("a +\r\n\tlog X").ToArray();
        Assert.Equal((2, 2), (tokens[2].Position.Line, tokens[2].Position.Column));
        Assert.Equal((2, 6), (tokens[3].Position.Line, tokens[3].Position.Column));
    }
}
