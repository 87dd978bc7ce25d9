using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Calculus;
using MatrixCalculus.Printing;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Tests.Calculus;

/// <summary>
/// softmax, log-softmax and logsumexp of each row or column of a matrix: the names, the values
/// (stable where the naive formula overflows), the stochastic declaration and its errors.
/// The derivatives themselves are rows of acceptance.asv (checked numerically there).
/// </summary>
public class BatchTests
{
    private static Matrix<double> Eval(string expression, string point) =>
        Engine.Evaluate(Engine.Compile(expression), Engine.ReadPoint(Engine.Compile(expression), point));

    private static void Equal(double[,] expected, Matrix<double> actual) =>
        Assert.True(Matrix<double>.Build.DenseOfArray(expected).Subtract(actual).FrobeniusNorm() < 1e-12, actual.ToString());

    [Fact]
    public void SoftmaxRowsNormalisesEachRowAndSoftmaxColsEachColumn()
    {
        const string point = """{"T": [[0, 1.0986122886681098], [1000, 1000]]}""";
        Equal(new[,] { { 0.25, 0.75 }, { 0.5, 0.5 } }, Eval("softmax_rows(T)", point));
        Equal(new[,] { { 0.0, 0 }, { 1, 1 } }, Eval("softmax_cols(T)", point));
    }

    [Fact]
    public void LogSoftmaxStaysFiniteWhereSoftmaxUnderflowsToZero()
    {
        // exp(-2000) is 0 in double precision; log softmax is T minus logsumexp of the row.
        const string point = """{"T": [[0, -2000], [1000, 1000]]}""";
        Equal(new[,] { { 0, -2000 }, { -Math.Log(2), -Math.Log(2) } }, Eval("log(softmax_rows(T))", point));
        Equal(new[,] { { 0, -2000 }, { -Math.Log(2), -Math.Log(2) } }, Eval("logsoftmax_rows(T)", point));
    }

    [Fact]
    public void LogSumExpRowsIsAColumnAndColsARow()
    {
        const string point = """{"T": [[0, 0, 0], [1000, 1000, 1000]]}""";
        Equal(new[,] { { Math.Log(3) }, { 1000 + Math.Log(3) } }, Eval("logsumexp_rows(T)", point));
        // log(e⁰ + e¹⁰⁰⁰) = 1000 + log(1 + e⁻¹⁰⁰⁰) = 1000 in double precision.
        Equal(new[,] { { 1000.0, 1000, 1000 } }, Eval("logsumexp_cols(T)", point));
        Assert.Equal("n×1", Engine.Compile("logsumexp_rows(T)").Expression.Shape.ToString());
        Assert.Equal("1×m", Engine.Compile("logsumexp_cols(T)").Expression.Shape.ToString());
    }

    [Theory]
    [InlineData("softmax_rows X", "softmax_rows(X)")]
    [InlineData("logsoftmax_cols(XW)", "log(softmax_cols(XW))")]
    [InlineData("logsoftmax(x)", "log(softmax(x))")]
    [InlineData("logsumexp_rows(T)1_n'", "logsumexp_rows(T)1_n'")]
    public void TheNamesReadAndPrintBack(string input, string printed)
    {
        var term = Engine.Compile(input).Expression;
        Assert.Equal(printed, TextPrinter.Print(term));
        Assert.Equal(term, Engine.Compile(printed).Expression);
    }

    [Fact]
    public void SoftmaxOfAMatrixNamesTheBatchFunctions()
    {
        var e = Assert.Throws<MatrixCalculusException>(() => Engine.Compile("logsoftmax(X)"));
        Assert.Equal("logsoftmax needs a column vector, but X is n×m; logsoftmax_rows or logsoftmax_cols applies it to each row or each column of a matrix.", e.Diagnostic.Message);
    }

    [Fact]
    public void AStochasticVariableCannotBeTheVariableOfDifferentiation()
    {
        var f = Engine.Compile("-<Y, log(softmax_rows(XW))>", "Y: stochastic");
        var e = Assert.Throws<MatrixCalculusException>(() => Engine.Differentiate(f, "Y"));
        Assert.Equal("cannot differentiate with respect to Y: it is declared stochastic (each row sums to 1), a constraint the simplifier uses; declare it without `stochastic` to differentiate with respect to it.", e.Diagnostic.Message);
    }

    [Fact]
    public void APointMustKeepTheRowsOfAStochasticMatrixSummingToOne()
    {
        var f = Engine.Compile("-<Y, log(softmax_rows(XW))>", "Y: stochastic");
        var e = Assert.Throws<MatrixCalculusException>(() => Engine.ReadPoint(f, """{"Y": [[0.5, 0.5], [0.5, 0.25]], "X": [[1, 2], [3, 4]], "W": [[1, 0], [0, 1]]}"""));
        Assert.Contains("Y is declared stochastic, but row 2 sums to 0.75, not 1.", e.Diagnostic.Message);
        var good = Engine.ReadPoint(f, """{"Y": [[0.5, 0.5], [0, 1]], "X": [[1, 2], [3, 4]], "W": [[1, 0], [0, 1]]}""");
        Assert.True(Engine.Check(f, Engine.Differentiate(f, "W"), good).Passed);
    }

    [Fact]
    public void ASimplexVectorSumsToOne()
    {
        var f = Engine.Compile("-<y, log(softmax(t))>", "y: simplex");
        var e = Assert.Throws<MatrixCalculusException>(() => Engine.ReadPoint(f, """{"y": [0.5, 0.6], "t": [1, 2]}"""));
        Assert.Contains("y is declared stochastic, but its entries sum to 1.1, not 1.", e.Diagnostic.Message);
        Assert.Equal("softmax(t) - y", TextPrinter.Print(Engine.Differentiate(f, "t").Result));
    }

    [Fact]
    public void TheLayerWithoutTheDeclarationGivesTheGeneralFormWhichAgreesWithFiniteDifferences()
    {
        // Rows of Y that do not sum to 1: the gradient keeps the row sums, X'((Y1)1' ⊙ S - Y).
        var f = Engine.Compile("-<Y, log(softmax_rows(XW))>");
        var d = Engine.Differentiate(f, "W");
        Assert.Equal("X'(Y 1_m 1_m' .* softmax_rows(XW) - Y)", TextPrinter.Print(d.Result));
        var point = Engine.ReadPoint(f, """{"Y": [[2, 0.5], [0, 3], [1, 1]], "X": [[1, 2], [3, 4], [0, 1]], "W": [[1, 0.5], [-1, 1]]}""");
        Assert.True(Engine.Check(f, d, point).Passed);
    }
}
