using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Numerics;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Tests.Numerical.NumericFixtures;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.Tests.Numerical;

public class FiniteDifferenceTests
{
    private static readonly Var X = new("X", Shape.Square(N), VarAttributes.Spd);

    [Fact]
    public void TheDirectionalDerivativeOfAQuadraticFormIsTwoXSV()
    {
        // d(x'Sx)[v] = 2 x'S v for symmetric S; the central difference is exact for a quadratic.
        var at = Point();
        var v = Column(0.3, -0.7);
        var f = Ex.MatMul(Ex.Transpose(x), S, x);
        var numeric = FiniteDifference.DirectionalDerivative(env => Evaluator.Evaluate(f, env), at, "x", v);
        var exact = 2 * (at["x"].Transpose() * at["S"] * v);
        Assert.True(FiniteDifference.Close(exact, numeric, 1e-8, 1e-10), $"{exact} vs {numeric}");
    }

    [Fact]
    public void TheDirectionalDerivativeOfLogDetIsTraceOfXInverseV()
    {
        var at = RandomPoint.Generate(Ex.LogDet(X), [X], 4);
        var v = FiniteDifference.RandomDirection(X, at, new Random(4));
        var numeric = FiniteDifference.DirectionalDerivative(env => Evaluator.Evaluate(Ex.LogDet(X), env), at, "X", v);
        var exact = (at["X"].Inverse() * v).Trace();
        Assert.True(FiniteDifference.Close(exact, numeric[0, 0], 1e-7, 1e-9), $"{exact} vs {numeric[0, 0]}");
        Assert.True(FiniteDifference.RelativeError(Number(exact), numeric) < 1e-7);
    }

    [Fact]
    public void TheDirectionalDerivativeOfAMatrixFunctionIsAMatrix()
    {
        // d(X⁻¹)[V] = -X⁻¹ V X⁻¹
        var at = RandomPoint.Generate(Ex.Inverse(X), [X], 9);
        var v = FiniteDifference.RandomDirection(X, at, new Random(9));
        var numeric = FiniteDifference.DirectionalDerivative(env => Evaluator.Evaluate(Ex.Inverse(X), env), at, "X", v);
        var inverse = at["X"].Inverse();
        Assert.True(FiniteDifference.Close(-inverse * v * inverse, numeric, 1e-7, 1e-10));
    }

    [Fact]
    public void AWrongDerivativeIsNotClose()
    {
        var at = Point();
        var f = Ex.MatMul(Ex.Transpose(x), S, x);
        var numeric = FiniteDifference.DirectionalDerivative(env => Evaluator.Evaluate(f, env), at, "x", Column(1, 0));
        var missingFactorTwo = at["x"].Transpose() * at["S"] * Column(1, 0);
        Assert.False(FiniteDifference.Close(missingFactorTwo, numeric, 1e-5, 1e-8));
    }

    [Fact]
    public void TheStepIsRelativeToTheSizeOfTheVariable()
    {
        Assert.Equal(1e-6, FiniteDifference.Step(Column(0, 0)));
        Assert.Equal(1e-6, FiniteDifference.Step(Column(0.6, 0.8)), 1e-20);
        Assert.Equal(5e-4, FiniteDifference.Step(Column(300, 400)), 1e-15);
    }

    [Fact]
    public void AnExplicitStepIsUsedAsGiven()
    {
        // (f(x + h) - f(x - h)) / 2h for f(x) = x³ at 1 with h = 0.1 is 3 + h² = 3.01
        var cube = Ex.Power(c, Ex.Num(3));
        var at = Environment.FromValues([c], new Dictionary<string, Matrix<double>> { ["c"] = Number(1) });
        var numeric = FiniteDifference.DirectionalDerivative(env => Evaluator.Evaluate(cube, env), at, "c", Number(1), 0.1);
        Assert.Equal(3.01, numeric[0, 0], 1e-12);
    }

    [Fact]
    public void DirectionsKeepTheStructureOfTheVariableAndHaveUnitNorm()
    {
        var at = RandomPoint.Generate(Ex.Sum(X), [X, A, new Var("D", Shape.Square(M), VarAttributes.Diagonal)], 2);
        var symmetric = FiniteDifference.RandomDirection(X, at, new Random(1));
        Assert.Equal(symmetric, symmetric.Transpose());
        var diagonal = FiniteDifference.RandomDirection(new Var("D", Shape.Square(M), VarAttributes.Diagonal), at, new Random(1));
        Assert.Equal(diagonal.Diagonal().Sum(), diagonal.Enumerate().Sum());
        var general = FiniteDifference.RandomDirection(A, at, new Random(1));
        Assert.NotEqual(general[0, 1], general[1, 0]);
        foreach (var v in new[] { symmetric, diagonal, general }) Assert.Equal(1, v.FrobeniusNorm(), 1e-14);
        Assert.Equal(general, FiniteDifference.RandomDirection(A, at, new Random(1)));
    }

    [Theory]
    [InlineData(1.0, 1.0 + 1e-9, 1e-8, 0, true)]
    [InlineData(1.0, 1.0 + 1e-7, 1e-8, 0, false)]
    [InlineData(0.0, 1e-12, 1e-8, 1e-10, true)]
    [InlineData(0.0, 1e-9, 1e-8, 1e-10, false)]
    [InlineData(-1e6, -1e6 - 1, 1e-5, 0, true)]
    public void CloseIsAbsolutePlusRelative(double a, double b, double rtol, double atol, bool expected) =>
        Assert.Equal(expected, FiniteDifference.Close(a, b, rtol, atol));

    [Fact]
    public void CloseForMatricesIsNormWise()
    {
        // An entry that is nearly 0 in both does not decide: the whole difference is small.
        Assert.True(FiniteDifference.Close(Rows([1, 1e-12]), Rows([1, 2e-12]), 1e-9, 0));
        Assert.False(FiniteDifference.Close(Rows([1, 0]), Rows([1, 1e-3]), 1e-9, 0));
        Assert.False(FiniteDifference.Close(Rows([1, 0]), Column(1, 0), 1, 1));
    }

    [Fact]
    public void RelativeErrorIsTheNormOfTheDifferenceOverTheLargerNorm()
    {
        Assert.Equal(0, FiniteDifference.RelativeError(Column(0, 0), Column(0, 0)));
        Assert.Equal(0.2, FiniteDifference.RelativeError(Column(3, 4), Column(3, 3)), 1e-15);
        Assert.Equal(double.PositiveInfinity, FiniteDifference.RelativeError(Column(3, 4), Rows([3, 4])));
    }
}
