using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.Printing;

/// <summary>
/// Every LaTeX string the product prints renders in KaTeX (tests/katex/render.js: display mode,
/// throwOnError, strict "error", ASCII only). Needs node and `npm ci --prefix tests/katex`;
/// without them these tests fail with that command.
/// </summary>
public class KatexRenderingTests(KatexFixture katex) : IClassFixture<KatexFixture>
{
    [Fact]
    public void KatexRejectsMalformedLatex()
    {
        foreach (var latex in KatexFixture.Malformed)
        {
            var verdict = katex.Verdict(latex);
            Assert.False(verdict.Ok, $"KaTeX accepted the malformed {latex}");
            Assert.StartsWith("KaTeX parse error", verdict.Error);
        }
    }

    [Fact]
    public void RawUnicodeMathIsRejectedBecauseLatexNeedsTheCommands()
    {
        foreach (var latex in KatexFixture.RawUnicode)
        {
            var verdict = katex.Verdict(latex);
            Assert.False(verdict.Ok, $"accepted the raw Unicode in {latex}");
            Assert.StartsWith("non-ASCII character U+", verdict.Error);
        }
    }

    [Fact]
    public void KatexAcceptsWellFormedLatex()
    {
        foreach (var latex in KatexFixture.WellFormed)
            Assert.Equal(new KatexVerdict(true, null), katex.Verdict(latex));
    }

    [Fact]
    public void AStringOutsideTheBatchIsRenderedOnItsOwn()
    {
        Assert.True(katex.Verdict(@"\frac{x}{y} + 1").Ok);
        Assert.False(katex.Verdict(@"\frac{x}{y} +{").Ok);
    }

    [Theory]
    [MemberData(nameof(PrinterCases.Rows), MemberType = typeof(PrinterCases))]
    public void EveryPrinterTableTermRendersInKatex(PrinterCase row)
    {
        var rejected = katex.Rejections([KatexCorpus.Table(row)]);
        Assert.True(rejected.Length == 0, rejected);
    }

    [Fact]
    public void EveryNameRendersInKatex()
    {
        var rejected = katex.Rejections(KatexCorpus.Names());
        Assert.True(rejected.Length == 0, rejected);
    }

    [Fact]
    public void RandomTermsRenderInKatex()
    {
        var rejected = katex.Rejections(KatexCorpus.Random());
        Assert.True(rejected.Length == 0, rejected);
    }

    public static IEnumerable<object[]> TextbookRows => KatexCorpus.Textbook.Select(row => new object[] { row });

    [Theory]
    [MemberData(nameof(TextbookRows))]
    public void TheDerivationOfEveryTextbookFunctionRendersInKatex(TextbookDerivative row)
    {
        KatexCorpus.Differentiate(row); // a function without a rule fails here, with its diagnostic
        var rejected = katex.Rejections(KatexCorpus.Derivatives(row));
        Assert.True(rejected.Length == 0, rejected);
    }
}
