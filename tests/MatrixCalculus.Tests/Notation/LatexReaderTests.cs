using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Tests.Notation;

/// <summary>
/// The LaTeX and Unicode reader: the same terms as the plain syntax, spans and carets in the text
/// as typed (also for the binder's shape errors), and the head of a definition.
/// </summary>
public class LatexReaderTests
{
    [Theory]
    [InlineData(@"x^\top A x", "x'Ax")]
    [InlineData(@"\frac{1}{N}\left\|X w - y\right\|_2^2", "(1/N)||Xw - y||^2")]
    [InlineData(@"X^{-1} + X^{-\top} + X^{\mathrm{T}}", "X^-1 + X'^-1 + X'")]
    [InlineData(@"\operatorname{tr}(A^{\intercal} X) \cdot \det X", "tr(A'X) * det X")]
    [InlineData(@"a \odot b + a \circ b - a \oslash b", "a .* b + a .* b - a ./ b")]
    [InlineData(@"A \otimes B", "kron(A, B)")]
    [InlineData(@"\sqrt{x^\top x}\,\exp(\alpha)\;\log\det S", "sqrt(x'x) exp(α) log det S")]
    [InlineData(@"\mathbf{1}_n^\top \mathbf{x} + \boldsymbol{\beta}", "1_n'x + β")]
    [InlineData(@"x^{\circ 2} + x^{\circ (1/2)}", "x.^2 + x.^(1/2)")]
    [InlineData(@"\left\langle S, X \right\rangle + \lvert c \rvert", "<S, X> + abs(c)")]
    [InlineData("‖x‖² + xᵀX⁻¹x + ½ w₁ · w₂", "||x||^2 + x'X^-1 x + (1/2) w_1 * w_2")]
    [InlineData(@"$\mathrm{tr}\left[ X^\top X \right]$", "tr(X'X)")]
    public void LatexAndUnicodeReadAsTheirPlainForm(string written, string plain) =>
        Assert.Equal(Frontend.Compile(plain, null).Expression, Frontend.Compile(written, null).Expression);

    [Fact]
    public void AShapeErrorPointsIntoTheLatexAsTyped()
    {
        var error = Assert.Throws<MatrixCalculusException>(() => Frontend.Compile(@"\langle x, X \rangle + \frac{1}{2}", null));
        Assert.Equal("error MC2001 (line 1, column 10): cannot take the inner product of x (n×1) and X (n×m).\n  \\langle x, X \\rangle + \\frac{1}{2}\n           ^",
            error.Diagnostic.Render());
    }

    [Fact]
    public void EverySpanOfTheTreeLiesInTheLatexText()
    {
        const string text = @"\frac{1}{N}\|Xw - y\|_2^2 + \lambda \operatorname{tr}(W^\top W)";
        var tree = Parser.Parse(text);
        Assert.Equal(0, tree.Span.Start);
        Assert.Equal(text.Length, tree.Span.End);
        foreach (var node in SyntaxWalk.All(tree))
            Assert.True(node.Span.Start >= 0 && node.Span.End <= text.Length, $"{node} outside the text");
    }

    [Fact]
    public void AHeadIsReadAndItsVariablesKept()
    {
        var parsed = Parser.Read(@"f(\mathbf{x}) = \mathbf{x}^\top A \mathbf{x}");
        Assert.Equal(["x"], parsed.HeadVariables);
        Assert.Equal(Frontend.Compile("x'Ax", null).Expression, Frontend.Compile(@"L(x) := x^\top A x", null).Expression);
        Assert.Empty(Parser.Read("x'Ax").HeadVariables);
    }

    [Fact]
    public void ANoteSaysHowAWordWasSplitAndWhere()
    {
        var bound = Frontend.Compile(@"\|Wx + bias\|^2", null);
        var note = Assert.Single(bound.Notes);
        Assert.Equal(SourceSpan.At(@"\|Wx + bias\|^2", 7, 4), note.Span);
        Assert.Empty(Frontend.Compile("tr(AXB) + x'Ax + bias", null, ["bias"]).Notes);
    }
}
