using MatrixCalculus.Syntax;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.SyntaxTests;

public class ParserTests
{
    public static IEnumerable<object[]> ParseCases => AsvCases.Read("parse.asv");

    [Theory]
    [MemberData(nameof(ParseCases))]
    public void EveryExpressionParsesWithThePrecedenceOfTheTable(string input, string expected) =>
        Assert.Equal(expected, SyntaxPrinter.Print(Parser.Parse(input.Replace("\\n", "\n"))));

    [Fact]
    public void DeclaredMultiLetterNamesAreOneSymbol()
    {
        var tree = Parser.Parse("Wx + bias", ["bias"]);
        Assert.Equal("(W x) + bias", SyntaxPrinter.Print(tree));
        Assert.Equal(new NameSyntax("bias", null, SourceSpan.At("Wx + bias", 5, 4)), ((BinarySyntax)tree).Right);
    }

    [Fact]
    public void DeclaredNamesWinOverFunctionsButGreekNamesStayGreek()
    {
        Assert.Equal("tr X", SyntaxPrinter.Print(Parser.Parse("tr X", ["tr"])));
        Assert.Equal("W weight1 x", SyntaxPrinter.Print(Parser.Parse("Wweight1x", ["weight", "weight1"])));
        Assert.Equal("α x", SyntaxPrinter.Print(Parser.Parse("alpha x", ["alpha"])));
    }

    [Theory]
    [InlineData("alpha", "α")]
    [InlineData("alpha12", "α12")]
    [InlineData("eye", "I")]
    [InlineData("ones", "ones")]
    [InlineData("ones2", "ones2")]
    [InlineData("bias", "bias")]
    [InlineData("x", "x")]
    public void DeclarationsCanNameSymbolsAsTheParserReadsThem(string name, string symbol) =>
        Assert.Equal(symbol, Keywords.CanonicalSymbol(name));

    [Fact]
    public void ParenthesesAreKeptAsParenSyntaxWithTheirSpan()
    {
        var tree = Parser.Parse("(AB)'");
        var transpose = Assert.IsType<PostfixSyntax>(tree);
        var paren = Assert.IsType<ParenSyntax>(transpose.Operand);
        Assert.Equal(SourceSpan.At("(AB)'", 0, 4), paren.Span);
        Assert.IsType<JuxtaposeSyntax>(paren.Inner);
    }

    [Fact]
    public void OperatorNodesCarryTheSpanOfTheirOperator()
    {
        const string text = "x'b - c";
        var minus = Assert.IsType<BinarySyntax>(Parser.Parse(text));
        Assert.Equal(SourceSpan.At(text, 4, 1), minus.OpSpan);
        Assert.Equal(SourceSpan.At(text, 0, 7), minus.Span);
        var product = Assert.IsType<JuxtaposeSyntax>(minus.Left);
        var transpose = Assert.IsType<PostfixSyntax>(product.Factors[0]);
        Assert.Equal(SourceSpan.At(text, 1, 1), transpose.OpSpan);
        Assert.Equal(SourceSpan.At(text, 0, 2), transpose.Span);
    }

    [Fact]
    public void SpansFollowLinesAndColumnsAcrossLineBreaks()
    {
        const string text = "a +\n  log X";
        var sum = Assert.IsType<BinarySyntax>(Parser.Parse(text));
        var call = Assert.IsType<CallSyntax>(sum.Right);
        Assert.Equal(new SourceSpan(6, 3, 2, 3), call.NameSpan);
        Assert.Equal(new SourceSpan(6, 5, 2, 3), call.Span);
    }

    [Fact]
    public void CallsNamePrefixFunctionsAndBracketsCoverTheirWholeText()
    {
        const string text = "log det X + tr(A)";
        var sum = Assert.IsType<BinarySyntax>(Parser.Parse(text));
        var log = Assert.IsType<CallSyntax>(sum.Left);
        Assert.Equal(SourceSpan.At(text, 0, 9), log.Span);
        Assert.Equal(SourceSpan.At(text, 4, 5), log.Arguments[0].Span);
        Assert.Equal(SourceSpan.At(text, 12, 5), sum.Right.Span);
    }

    [Fact]
    public void NumbersCarryTheirValueAndText()
    {
        Assert.Equal(new NumberSyntax(0.5, "1/2", null, SourceSpan.At("1/2", 0, 3)), Parser.Parse("1/2"));
        Assert.Equal(new NumberSyntax(1, "1", "n", SourceSpan.At("1_n", 0, 3)), Parser.Parse("1_n"));
        Assert.Equal(0.001, Assert.IsType<NumberSyntax>(Parser.Parse("1e-3")).Value);
        var power = Assert.IsType<PostfixSyntax>(Parser.Parse("X^-1"));
        Assert.Equal(new NumberSyntax(-1, "-1", null, SourceSpan.At("X^-1", 2, 2)), power.Exponent);
    }

    [Fact]
    public void NormsAndInnerProductsKeepTheirParts()
    {
        var norm = Assert.IsType<NormSyntax>(Parser.Parse("||X||_{F}"));
        Assert.Equal("F", norm.Subscript);
        Assert.Equal(SourceSpan.At("||X||_{F}", 0, 9), norm.Span);
        var inner = Assert.IsType<InnerSyntax>(Parser.Parse("⟨S, X⟩"));
        Assert.Equal(new NameSyntax("S", null, SourceSpan.At("⟨S, X⟩", 1, 1)), inner.Left);
    }

    [Fact]
    public void GreekNamesAndAliasesAreNormalised()
    {
        Assert.Equal("α", Assert.IsType<NameSyntax>(Parser.Parse("alpha")).Name);
        Assert.Equal(new NameSyntax("I", "n", SourceSpan.At("eye_n", 0, 5)), Parser.Parse("eye_n"));
        Assert.Equal("sigmoid", Assert.IsType<CallSyntax>(Parser.Parse("σ(x)")).Function);
    }
}
