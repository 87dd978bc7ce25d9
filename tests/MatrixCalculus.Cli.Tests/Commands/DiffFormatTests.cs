using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Commands;

/// <summary>The exact text of <c>matcalc diff</c> in every format.</summary>
public class DiffFormatTests
{
    private const string Point = """{"x": [1, 2], "A": [[1, 2], [3, 4]]}""";

    private static string Diff(params string[] args)
    {
        var run = Matcalc.Run(["diff", .. args]);
        Assert.True(run.Exit == 0, $"exit {run.Exit}: {run.Error}");
        Assert.Equal("", run.Error);
        return run.Out;
    }

    [Fact]
    public void TextGivesFThenDfThenTheGradient()
    {
        Assert.Equal("f = x'Ax\ndf = dx'Ax + x'A dx\n∇_x f = (A + A')x\nshapes: x: n; A: n x n\n", Diff("x'Ax", "--wrt", "x"));
    }

    [Fact]
    public void TextWithStepsAndAPointAddsTheValueAndTheDerivationAsTheNotesWriteIt()
    {
        using var file = new TempFile(Point);
        Assert.Equal(
            "f = x'Ax\n" +
            "df = dx'Ax + x'A dx\n" +
            "∇_x f = (A + A')x\n" +
            "value = [12,21]\n" +
            "shapes: x: n; A: n x n\n" +
            "steps:\n" +
            "  d(x'Ax) = d(x') Ax + x'A dx   [d-matmul, d-const]\n" +
            "          = dx'Ax + x'A dx      [d-transpose]\n" +
            "          = <(A + A')x, dx>     [transpose-scalar, identify]\n" +
            "  ∇_x f = (A + A')x\n",
            Diff("x'Ax", "--wrt", "x", "--steps", "--at", file.Path));
    }

    [Fact]
    public void ASymmetricVariableStatesTheConvention()
    {
        Assert.Equal(
            "f = log det X\ndf = tr(X^-1 dX)\n∇_X f = X^-1\n" +
            "convention: gradient on the space of symmetric matrices: sym(G) = (G + G')/2, where G is the unconstrained gradient\n" +
            "shapes: X: n x n spd\n",
            Diff("log det X", "--wrt", "X", "--let", "X: n x n spd"));
    }

    [Fact]
    public void TheLabelSaysWhichDerivativeItIs()
    {
        Assert.Contains("∇²_x f = A + A'\n", Diff("x'Ax", "--wrt", "x", "--order", "2"));
        Assert.Contains("∂f/∂x = A\n", Diff("Ax", "--wrt", "x"));
        Assert.Contains("(∂f/∂x)' = A'\n", Diff("Ax", "--wrt", "x", "--layout", "denominator"));
        Assert.Contains("d²f/dα² = 6α\n", Diff("α^3", "--wrt", "α", "--order", "2"));
        Assert.Contains("∂vec f/∂vec X = -kron(X'^-1, X^-1)\n", Diff("X^-1", "--wrt", "X"));
        Assert.Contains("∇²_X f = 2 kron(I_n, I_m)\n", Diff("tr(X'X)", "--wrt", "X", "--order", "2"));
        Assert.Contains("∇²_X f[V] = 2V\n", Diff("tr(X'X)", "--wrt", "X", "--order", "2", "--let", "X: n x n symmetric"));
        Assert.Contains("∇²_X f = 2 vec(1_n 1_m') vec(1_n 1_m')'\n", Diff("sum(kron(X, X))", "--wrt", "X", "--order", "2"));
    }

    [Fact]
    public void AGreekVariableMayBeSpelledOut()
    {
        Assert.Equal(Diff("α^3", "--wrt", "α"), Diff("α^3", "--wrt", "alpha"));
    }

    [Fact]
    public void LatexIsAnAlignedBlockWithTheDerivationValueAndConvention()
    {
        using var file = new TempFile(Point);
        Assert.Equal(
            "\\begin{aligned}\n" +
            "f &= x^\\top Ax \\\\\n" +
            "\\mathrm{d}(x^\\top Ax) &= \\mathrm{d}(x^\\top)\\,Ax + x^\\top A\\,\\mathrm{d}x && \\text{d-matmul, d-const} \\\\\n" +
            "&= \\mathrm{d}x^\\top Ax + x^\\top A\\,\\mathrm{d}x && \\text{d-transpose} \\\\\n" +
            "&= \\langle (A + A^\\top)x, \\mathrm{d}x\\rangle && \\text{transpose-scalar, identify} \\\\\n" +
            "\\nabla_{x} f &= (A + A^\\top)x \\\\\n" +
            "&= \\begin{bmatrix} 12 \\\\ 21 \\end{bmatrix}\n" +
            "\\end{aligned}\n",
            Diff("x'Ax", "--wrt", "x", "--format", "latex", "--steps", "--at", file.Path));
        Assert.Equal(
            "\\begin{aligned}\n" +
            "f &= \\log\\det X \\\\\n" +
            "\\mathrm{d}f &= \\operatorname{tr}(X^{-1}\\,\\mathrm{d}X) \\\\\n" +
            "\\nabla_{X} f &= X^{-1} \\\\\n" +
            "&\\text{gradient on the space of symmetric matrices: sym(G) = (G + G')/2, where G is the unconstrained gradient}\n" +
            "\\end{aligned}\n",
            Diff("log det X", "--wrt", "X", "--let", "X: n x n spd", "--format", "latex"));
    }

    [Fact]
    public void MarkdownIsATableThenTheDerivationAsATable()
    {
        using var file = new TempFile(Point);
        Assert.Equal(
            "| | |\n" +
            "|---|---|\n" +
            "| f | `x'Ax` |\n" +
            "| df | `dx'Ax + x'A dx` |\n" +
            "| ∇_x f | `(A + A')x` |\n" +
            "| value | `[12,21]` |\n" +
            "\n" +
            "| step | expression | rule |\n" +
            "|---|---|---|\n" +
            "| `d(x'Ax)` | `d(x') Ax + x'A dx` | d-matmul, d-const |\n" +
            "| | `dx'Ax + x'A dx` | d-transpose |\n" +
            "| | `<(A + A')x, dx>` | transpose-scalar, identify |\n" +
            "| ∇_x f | `(A + A')x` | |\n",
            Diff("x'Ax", "--wrt", "x", "--format", "markdown", "--steps", "--at", file.Path));
    }

    [Fact]
    public void MarkdownEscapesTheBarsOfNormsSoTheTableHolds()
    {
        Assert.Equal(
            "| | |\n|---|---|\n| f | `\\|\\|Xw - y\\|\\|^2` |\n| df | `2<Xw - y, X dw>` |\n| ∇_w f | `2X'(Xw - y)` |\n",
            Diff("||Xw - y||^2", "--wrt", "w", "--format", "markdown"));
    }

    [Fact]
    public void JsonOfQuadraticFormIsExactlyThis()
    {
        using var file = new TempFile(Point);
        Assert.Equal(
            """{"expression":"x'Ax","wrt":"x","order":1,"kind":"gradient","shape":["n"],"differential":"dx'Ax + x'A dx","result":"(A + A')x","latex":"(A + A^\\top)x","steps":[{"rule":"","expression":"d(x'Ax)","latex":"\\mathrm{d}(x^\\top Ax)"},{"rule":"d-matmul, d-const","expression":"d(x') Ax + x'A dx","latex":"\\mathrm{d}(x^\\top)\\,Ax + x^\\top A\\,\\mathrm{d}x"},{"rule":"d-transpose","expression":"dx'Ax + x'A dx","latex":"\\mathrm{d}x^\\top Ax + x^\\top A\\,\\mathrm{d}x"},{"rule":"transpose-scalar, identify","expression":"<(A + A')x, dx>","latex":"\\langle (A + A^\\top)x, \\mathrm{d}x\\rangle"},{"rule":"","expression":"(A + A')x","latex":"(A + A^\\top)x"}],"value":[12,21],"shapes":{"x":"n","A":"n x n"}}""" + "\n",
            Diff("x'Ax", "--wrt", "x", "--format", "json", "--steps", "--at", file.Path));
    }

    [Fact]
    public void JsonAddsConventionAndDirectionWhenTheyApply()
    {
        var symmetric = JsonRun.Object("diff", "log det X", "--wrt", "X", "--let", "X: n x n spd", "--format", "json");
        Assert.StartsWith("gradient on the space of symmetric matrices", symmetric.GetProperty("convention").GetString());
        Assert.False(symmetric.TryGetProperty("direction", out _));

        // A symmetric X keeps the Hessian as the map on its space; a general X gets the Kronecker form.
        var map = JsonRun.Object("diff", "tr(X'X)", "--wrt", "X", "--order", "2", "--let", "X: n x n symmetric", "--format", "json");
        Assert.Equal("hessian", map.GetProperty("kind").GetString());
        Assert.Equal("V", map.GetProperty("direction").GetString());
        Assert.Equal("2V", map.GetProperty("result").GetString());
        Assert.Equal(["n·n", "n·n"], JsonRun.Strings(map.GetProperty("shape")));

        var kronecker = JsonRun.Object("diff", "tr(X'X)", "--wrt", "X", "--order", "2", "--format", "json");
        Assert.Equal("2 kron(I_n, I_m)", kronecker.GetProperty("result").GetString());
        Assert.Equal(["n·m", "n·m"], JsonRun.Strings(kronecker.GetProperty("shape")));
        Assert.False(kronecker.TryGetProperty("direction", out _));
        Assert.False(kronecker.TryGetProperty("convention", out _));
    }

    [Fact]
    public void TheSameInputPrintsTheSameBytes()
    {
        string[] args = ["-sum(y .* log(σ(Xw + b)) + (1 - y) .* log(1 - σ(Xw + b)))", "--wrt", "w", "--let", "b: scalar", "--steps", "--format", "json"];
        Assert.Equal(Diff(args), Diff(args));
    }
}
