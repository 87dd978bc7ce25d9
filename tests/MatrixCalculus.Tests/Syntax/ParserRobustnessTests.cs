using CsCheck;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Tests.SyntaxTests;

public class ParserRobustnessTests
{
    public static TheoryData<string, string, string> NestingAtTheLimit => new()
    {
        { "(", "x", ")" },
        { "||", "x", "||" },
        { "<x, ", "x", ">" },
        { "⟨x, ", "x", "⟩" },
        { "log(", "x", ")" },
        { "kron(x, ", "x", ")" },
        { "log ", "x", "" },
        { "{", "x", "}" },
        { "\\left(", "x", "\\right)" },
        { "\\sqrt{", "x", "}" },
        { "\\left\\langle x, ", "x", "\\right\\rangle" },
    };

    [Theory]
    [MemberData(nameof(NestingAtTheLimit))]
    public void NestingOfExactlyTheLimitParsesEvenOnAThreadWithASmallStack(string open, string middle, string close)
    {
        var text = Nest(open, middle, close, Limits.MaxDepth);
        SyntaxNode? tree = null;
        Exception? failure = null;
        // 256 KB is far less than 200 levels of the combinator parser need; the parser must move
        // deep input to a thread of its own (a stack overflow here would end the test run).
        var thread = new Thread(() =>
        {
            try { tree = Parser.Parse(text); }
            catch (Exception e) { failure = e; }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        Assert.NotNull(tree);
    }

    [Theory]
    [MemberData(nameof(NestingAtTheLimit))]
    public void OneLevelMoreThanTheLimitIsACleanError(string open, string middle, string close)
    {
        var error = Assert.Throws<MatrixCalculusException>(() => Parser.Parse(Nest(open, middle, close, Limits.MaxDepth + 1)));
        Assert.Equal(DiagnosticCode.InputTooLarge, error.Diagnostic.Code);
        Assert.Equal("nesting deeper than 200 levels.", error.Diagnostic.Message);
    }

    private static string Nest(string open, string middle, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + middle + string.Concat(Enumerable.Repeat(close, depth));

    private static readonly string[] Fragments =
    [
        "x", "A", "w2", "W_2", "α", "alpha", "bias", "1", "2.5", "1/2", "1e3", "1e999", "_n", "_{ij}", "_",
        "(", ")", "||", "|", "<", ">", "⟨", "⟩", ",", "'", "ᵀ", "^", "^T", "^-1", ".^", "-", "+", "*", "/",
        ".*", "./", "⊙", "⊗", ".", "log", "det", "tr", "kron", "σ", "sum", "foo", "Tr", " ", "\n", "\t",
        "$", "\u0007", "\u200F", "\u200B", "é", "😀", "\uD800", "{", "}",
        // LaTeX and Unicode (issue 8): the spans of the rewritten text must still land inside the input.
        "\\frac", "\\frac{1}{2}", "\\left(", "\\right)", "\\left\\|", "\\right.", "\\|", "^\\top", "^{", "_{",
        "^{-1}", "\\sqrt", "\\sqrt[3]", "\\mathbf{", "\\mathbf{1}", "\\operatorname{", "\\mathrm{bias}", "\\langle",
        "\\rangle", "\\lvert", "\\rvert", "\\alpha", "\\sigma", "\\foo", "\\", "\\,", "\\cdot", "10^{-3}", "\\log",
        "‖", "²", "⁻¹", "⁻", "½", "·", "√", "₁", "f(x) =", "e^", "ln", "norm(", "[", "]",
    ];

    [Fact]
    public void RandomInputEitherParsesWithSpansInsideItOrFailsWithADiagnosticInsideIt()
    {
        Gen.OneOf(Fragments).Array[0, 24].Select(string.Concat).Sample(text =>
        {
            try
            {
                AssertSpansInside(text, Parser.Parse(text, ["bias"]));
            }
            catch (MatrixCalculusException error)
            {
                ErrorMessageTests.AssertPointsInside(text, error.Diagnostic);
                Assert.StartsWith($"error MC{(int)error.Diagnostic.Code}", error.Diagnostic.Render());
            }
        }, iter: 20_000);
    }

    private static void AssertSpansInside(string text, SyntaxNode node)
    {
        Assert.InRange(node.Span.Start, 0, text.Length);
        Assert.InRange(node.Span.End, node.Span.Start + 1, text.Length);
        Assert.Equal(SourceSpan.At(text, node.Span.Start, node.Span.Length), node.Span);
        foreach (var child in ChildrenOf(node)) AssertSpansInside(text, child);
    }

    private static IEnumerable<SyntaxNode> ChildrenOf(SyntaxNode node) => node switch
    {
        CallSyntax call => call.Arguments,
        PostfixSyntax postfix => postfix.Exponent is null ? new[] { postfix.Operand } : new[] { postfix.Operand, postfix.Exponent },
        BinarySyntax binary => new[] { binary.Left, binary.Right },
        UnarySyntax unary => new[] { unary.Operand },
        JuxtaposeSyntax juxtapose => juxtapose.Factors,
        NormSyntax norm => new[] { norm.Argument },
        InnerSyntax inner => new[] { inner.Left, inner.Right },
        ParenSyntax paren => new[] { paren.Inner },
        _ => Array.Empty<SyntaxNode>(),
    };
}
