using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Commands;

/// <summary>The exact text of <c>matcalc table</c> in both formats, with and without the Hessian column.</summary>
public class TableCommandTests
{
    private static string Table(string fileText, params string[] options)
    {
        using var file = new TempFile(fileText, ".mc");
        var run = Matcalc.Run(["table", file.Path, .. options]);
        Assert.True(run.Exit == 0, $"exit {run.Exit}: {run.Error}");
        Assert.Equal("", run.Error);
        return run.Out;
    }

    [Fact]
    public void MarkdownIsAGitHubTableOfFDfAndTheDerivative()
    {
        Assert.Equal(
            "| f | wrt | df | derivative |\n" +
            "| --- | --- | --- | --- |\n" +
            "| `x'Ax` | `x` | `dx'Ax + x'A dx` | ∇\\_x f = `(A + A')x` |\n" +
            "| `Ax` | `x` | `A dx` | ∂f/∂x = `A` |\n",
            Table("x'Ax | x\nAx | x\n"));
    }

    [Fact]
    public void ANormRowKeepsItsBarsAndEscapesThemInTheCells()
    {
        Assert.Equal(
            "| f | wrt | df | derivative |\n" +
            "| --- | --- | --- | --- |\n" +
            "| `\\|\\|Xw - y\\|\\|^2` | `w` | `2<Xw - y, X dw>` | ∇\\_w f = `2X'(Xw - y)` |\n",
            Table("||Xw - y||^2 | w |\n"));
    }

    [Fact]
    public void CommentsAndBlankLinesAreSkippedAndHeadingsStartNewTables()
    {
        Assert.Equal(
            "| f | wrt | df | derivative |\n" +
            "| --- | --- | --- | --- |\n" +
            "| `tr(X)` | `X` | `tr(dX)` | ∇\\_X f = `I_n` |\n" +
            "\n" +
            "## Vectors\n" +
            "\n" +
            "| f | wrt | df | derivative |\n" +
            "| --- | --- | --- | --- |\n" +
            "| `a'x` | `x` | `a' dx` | ∇\\_x f = `a` |\n",
            Table("# a comment line\ntr X | X   # d tr X = tr dX\n\n  ## Vectors\na'x | x\n"));
    }

    [Fact]
    public void ABareHeadingMarkStartsANewTableWithoutATitle()
    {
        Assert.Equal(
            "| f | wrt | df | derivative |\n" +
            "| --- | --- | --- | --- |\n" +
            "| `tr(X)` | `X` | `tr(dX)` | ∇\\_X f = `I_n` |\n" +
            "\n" +
            "| f | wrt | df | derivative |\n" +
            "| --- | --- | --- | --- |\n" +
            "| `a'x` | `x` | `a' dx` | ∇\\_x f = `a` |\n",
            Table("tr X | X\n##\na'x | x\n"));
    }

    [Fact]
    public void DeclarationsGetAColumnAndAConventionANumberedNote()
    {
        Assert.Equal(
            "| f | wrt | declarations | df | derivative |\n" +
            "| --- | --- | --- | --- | --- |\n" +
            "| `log det X` | `X` | `X: n x n spd` | `tr(X^-1 dX)` | ∇\\_X f = `X^-1` ¹ |\n" +
            "| `log det X` | `X` |  | `tr(X^-1 dX)` | ∇\\_X f = `X'^-1` |\n" +
            "\n" +
            "¹ gradient on the space of symmetric matrices: sym(G) = (G + G')/2, where G is the unconstrained gradient\n",
            Table("log det X | X | X: n x n spd\nlog det X | X\n"));
    }

    [Fact]
    public void TheHessianColumnHasADashForAFunctionThatIsNotScalar()
    {
        Assert.Equal(
            "| f | wrt | df | derivative | second derivative |\n" +
            "| --- | --- | --- | --- | --- |\n" +
            "| `x'Ax` | `x` | `dx'Ax + x'A dx` | ∇\\_x f = `(A + A')x` | ∇²\\_x f = `A + A'` |\n" +
            "| `tr(X'X)` | `X` | `tr(dX'X + X' dX)` | ∇\\_X f = `2X` | ∇²\\_X f = `2 kron(I_n, I_m)` |\n" +
            "| `Ax` | `x` | `A dx` | ∂f/∂x = `A` | — |\n",
            Table("x'Ax | x\ntr(X'X) | X\nAx | x\n", "--hessian"));
    }

    [Fact]
    public void TheWrtColumnShowsTheVariableAsTheExpressionNamesIt()
    {
        Assert.Contains("| `α^2` | `α` | `2α dα` | df/dα = `2α` |", Table("alpha^2 | alpha\n"));
    }

    [Fact]
    public void LatexIsAnAlignBlockPerSectionWithDeclarationsAsMathAndBracketedNoteMarks()
    {
        Assert.Equal(
            """
            \subsection*{Log-determinant \& trace}

            \allowdisplaybreaks
            \begin{align*}
            & f = \log\det X, \quad \text{wrt } X, \quad X \in \mathbb{R}^{n \times n}\ \text{spd} \\
            & \qquad \mathrm{d}f = \operatorname{tr}(X^{-1}\,\mathrm{d}X) \\
            & \qquad \nabla_{X} f = X^{-1} \quad \text{[1]} \\
            & \qquad \nabla^2_{X} f[V] = -X^{-1}VX^{-1} \quad \text{[1]} \\[1ex]
            & f = X^{-1}, \quad \text{wrt } X \\
            & \qquad \mathrm{d}f = -X^{-1}\,\mathrm{d}X\,X^{-1} \\
            & \qquad \frac{\partial \operatorname{vec} f}{\partial \operatorname{vec} X} = -X^{-\top} \otimes X^{-1} \\
            & \qquad \text{no second derivative: f is not a scalar}
            \end{align*}

            \noindent[1]~gradient on the space of symmetric matrices: sym(G) = (G + G')/2, where G is the unconstrained gradient\par

            """,
            Table("## Log-determinant & trace\nlog det X | X | X: n x n spd\nX^-1 | X\n", "--format", "latex", "--hessian"));
    }

    [Fact]
    public void GreekDeclarationsAreMathAndALongSumIsBrokenBetweenItsTerms()
    {
        var latex = Table("(x - μ)'Σ^-1(x - μ) | Σ | Σ: n x n spd; μ: n\n||diag(WW')1' + 1diag(WW')' - 2WW' - D||_F^2 | W | D: N x N symmetric\n", "--format", "latex");
        Assert.Contains(@"\Sigma \in \mathbb{R}^{n \times n}\ \text{spd},\quad \mu \in \mathbb{R}^{n}", latex);
        Assert.DoesNotContain("Σ", latex);
        // the MDS row: the variable on a line of its own, long parts named before the gradient
        Assert.Contains(@"& \qquad \text{where } T_1 = ", latex);
        Assert.All(latex.Split('\n'), line => Assert.True(line.Length <= 200, line));
    }

    [Fact]
    public void WindowsLineEndsReadAsUnixOnes() =>
        Assert.Equal(Table("## A\nx'Ax | x | A: n x n\n||x|| | x\n"), Table("## A\r\nx'Ax | x | A: n x n\r\n||x|| | x\r\n"));

    [Fact]
    public void TheSameFilePrintsTheSameBytes()
    {
        const string file = "x'Ax | x\n||x||^2 | x\nlog det X | X | X: n x n spd\n";
        Assert.Equal(Table(file), Table(file));
    }
}
