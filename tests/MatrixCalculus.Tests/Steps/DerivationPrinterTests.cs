using MatrixCalculus.Printing;

namespace MatrixCalculus.Tests.Steps;

/// <summary>The LaTeX and Markdown forms of a derivation (the text form: <see cref="DerivationTextTests"/>).</summary>
public class DerivationPrinterTests
{
    [Fact]
    public void LatexIsAnAlignedBlockWithTheRulesAsTextTags()
    {
        Assert.Equal(
            """
            \begin{aligned}
            \mathrm{d}(x^\top Ax) &= \mathrm{d}(x^\top)\,Ax + x^\top A\,\mathrm{d}x && \text{d-matmul, d-const} \\
            &= \mathrm{d}x^\top Ax + x^\top A\,\mathrm{d}x && \text{d-transpose} \\
            &= \langle (A + A^\top)x, \mathrm{d}x\rangle && \text{transpose-scalar, identify} \\
            \nabla_{x} f &= (A + A^\top)x
            \end{aligned}
            """, DerivationLatex.Print(Derive.Run("x'Ax", "x")));
    }

    [Fact]
    public void LatexNamesLongSubtermsInWhereRowsBeforeTheChainThatUsesThem()
    {
        var rows = DerivationLatex.Rows(Derive.Run("-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))", "w"));
        Assert.Equal(
        [
            @"\text{where } T_1 &= \sigma(Xw)",
            @"\text{where } T_2 &= 1 - T_1",
            @"\text{where } T_3 &= T_1 \odot T_2",
        ], rows.Take(3));
        Assert.StartsWith(@"\mathrm{d}(-\operatorname{sum}(", rows[3]);
        Assert.DoesNotContain(rows.Skip(3), row => row.StartsWith(@"\text{where"));
        Assert.StartsWith(@"\nabla_{w} f &= X^\top(T_1 - y)", rows[^1]);
    }

    [Fact]
    public void RuleNamesAreEscapedForText()
    {
        Assert.Equal(@"a\_b \{c\} \textasciicircum{} \& \%", DerivationLatex.Text("a_b {c} ^ & %"));
    }

    [Fact]
    public void MarkdownIsATableWithTheLeftSideInTheStepColumn()
    {
        Assert.Equal(
        [
            "| step | expression | rule |",
            "|---|---|---|",
            "| `d(\\|\\|x\\|\\|^2)` | `2<x, dx>` | d-norm-power, identify |",
            "| ∇_x f | `2x` | |",
        ], DerivationMarkdown.Rows(Derive.Run("||x||^2", "x")));
    }

    [Fact]
    public void MarkdownContinuationRowsHaveAnEmptyStepCell()
    {
        var rows = DerivationMarkdown.Rows(Derive.Run("log det X", "X"));
        Assert.Equal("| `d(log det X)` | `tr(X^-1 dX)` | d-logdet |", rows[2]);
        Assert.Equal("| | `<X'^-1, dX>` | identify |", rows[3]);
        Assert.Equal("| ∇_X f | `X'^-1` | |", rows[4]);
    }
}
