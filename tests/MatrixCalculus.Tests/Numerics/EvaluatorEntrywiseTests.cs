using MatrixCalculus.Numerics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Tests.Numerical.NumericFixtures;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.Tests.Numerical;

// Entrywise operations, functions, softmax, logsumexp and norms, with their domains.
public class EvaluatorEntrywiseTests
{
    private static readonly Environment At = Point();

    [Fact]
    public void HadamardProductQuotientAndPower()
    {
        Equal(Rows([1, 4, 9], [16, 25, 36]), Evaluator.Evaluate(Ex.Hadamard(A, A), At));
        // S ./ (S + I) = [[2/3 1] [1 3/4]]
        Equal(Rows([2.0 / 3, 1], [1, 0.75]), Evaluator.Evaluate(Ex.HadamardDivide(S, Ex.Add(S, new Identity(N))), At));
        Equal(Rows([1, 4, 9], [16, 25, 36]), Evaluator.Evaluate(Ex.ElementPower(A, Ex.Num(2)), At));
        Equal(Column(1, Math.Sqrt(2)), Evaluator.Evaluate(Ex.ElementPower(x, Ex.Num(0.5)), At));
    }

    [Fact]
    public void ElementwiseDivisionByZeroIsADomainError()
    {
        var quotient = Ex.HadamardDivide(x, Ex.Sub(x, x));
        Assert.Equal($"elementwise division by zero in {quotient}.",
            Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(quotient, At)).Message);
    }

    [Fact]
    public void ElementPowerOutsideItsDomain()
    {
        var root = Ex.ElementPower(y, Ex.Num(0.5));
        Assert.Equal($"power of a negative value with a non-integer exponent in {root}.",
            Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(root, At)).Message);
    }

    [Theory]
    [InlineData(ElementFunction.Exp, 0.5, 1.6487212707001282)]
    [InlineData(ElementFunction.Log, 0.5, -0.6931471805599453)]
    [InlineData(ElementFunction.Sqrt, 0.25, 0.5)]
    [InlineData(ElementFunction.Tanh, 0.5, 0.46211715726000974)]
    [InlineData(ElementFunction.Sigmoid, 0, 0.5)]
    [InlineData(ElementFunction.Sigmoid, -800, 0)]
    [InlineData(ElementFunction.Relu, -0.5, 0)]
    [InlineData(ElementFunction.Relu, 0.5, 0.5)]
    [InlineData(ElementFunction.Softplus, 800, 800)]
    [InlineData(ElementFunction.Step, 0, 0)]
    [InlineData(ElementFunction.Sign, -0.5, -1)]
    [InlineData(ElementFunction.Abs, -0.5, 0.5)]
    [InlineData(ElementFunction.Arcsin, 1, 1.5707963267948966)]
    public void FunctionsOfAScalar(ElementFunction f, double argument, double expected) =>
        Assert.Equal(expected, Evaluator.EvaluateScalar(new Apply(f, c), Environment.FromValues([c], new Dictionary<string, MathNet.Numerics.LinearAlgebra.Matrix<double>> { ["c"] = Number(argument) })), 1e-15);

    [Fact]
    public void FunctionsApplyToEveryEntry() =>
        Equal(Rows([Math.Exp(2), Math.Exp(1)], [Math.Exp(1), Math.Exp(3)]), Evaluator.Evaluate(Ex.Apply(ElementFunction.Exp, S), At));

    [Theory]
    [InlineData(ElementFunction.Log, -1, "log of a non-positive value")]
    [InlineData(ElementFunction.Log, 0, "log of a non-positive value")]
    [InlineData(ElementFunction.Sqrt, -1, "sqrt of a negative value")]
    [InlineData(ElementFunction.Arcsin, 2, "arcsin of a value outside [-1, 1]")]
    [InlineData(ElementFunction.Arccos, -1.5, "arccos of a value outside [-1, 1]")]
    public void FunctionsOutsideTheirDomainNameTheTerm(ElementFunction f, double entry, string what)
    {
        var term = Ex.Apply(f, x);
        var error = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(Ex.Sum(term), PointWithX(0.5, entry)));
        Assert.Same(term, error.Subexpression);
        Assert.Equal($"{what} in {term}.", error.Message);
    }

    [Fact]
    public void OverflowIsReportedAtTheTermThatOverflowed()
    {
        var exp = Ex.Apply(ElementFunction.Exp, Ex.Scale(Ex.Num(1000), x));
        var error = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(Ex.Sum(exp), At));
        Assert.Same(exp, error.Subexpression);
        Assert.Equal($"{exp} is not finite at this point (an overflow or an undefined value).", error.Message);
    }

    [Fact]
    public void SoftmaxIsStableForLargeInputs()
    {
        Equal(Column(0.5, 0.5), Evaluator.Evaluate(Ex.Softmax(x), PointWithX(1000, 1000)));
        Equal(Column(0.25, 0.75), Evaluator.Evaluate(Ex.Softmax(x), PointWithX(0, Math.Log(3))), 1e-15);
        Equal(Column(1, 0), Evaluator.Evaluate(Ex.Softmax(x), PointWithX(1000, -1000)));
    }

    [Fact]
    public void LogSumExpIsStableForLargeInputs()
    {
        Assert.Equal(1000 + Math.Log(2), Evaluator.EvaluateScalar(Ex.LogSumExp(x), PointWithX(1000, 1000)), 1e-12);
        Assert.Equal(-1000 + Math.Log(2), Evaluator.EvaluateScalar(Ex.LogSumExp(x), PointWithX(-1000, -1000)), 1e-12);
        Assert.Equal(Math.Log(Math.Exp(1) + Math.Exp(2)), Evaluator.EvaluateScalar(Ex.LogSumExp(x), PointWithX(1, 2)), 1e-15);
    }

    [Fact]
    public void Norms()
    {
        Assert.Equal(Math.Sqrt(5), Evaluator.EvaluateScalar(Ex.Norm(NormKind.Two, x), At), 1e-15);
        Assert.Equal(Math.Sqrt(91), Evaluator.EvaluateScalar(Ex.Norm(NormKind.Two, A), At), 1e-15);
        Assert.Equal(Math.Sqrt(91), Evaluator.EvaluateScalar(Ex.Norm(NormKind.Frobenius, A), At), 1e-15);
        Assert.Equal(4, Evaluator.EvaluateScalar(Ex.Norm(NormKind.One, y), At));
        Assert.Equal(21, Evaluator.EvaluateScalar(Ex.Norm(NormKind.One, A), At));
    }
}
