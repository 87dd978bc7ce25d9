using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Numerics;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Tests.Numerical.NumericFixtures;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.Tests.Numerical;

// Inverse, powers, determinants and log-determinants, with their domains.
public class EvaluatorAlgebraTests
{
    private static readonly Environment At = Point();
    private static readonly Var T = new("T", Shape.Square(N));

    private static Environment WithT(params double[][] rows) =>
        Environment.FromValues([T], new Dictionary<string, Matrix<double>> { ["T"] = Rows(rows) });

    [Fact]
    public void InverseOfTwoByTwo() =>
        // [[2 1] [1 3]]⁻¹ = (1/5) [[3 -1] [-1 2]]
        Equal(Rows([0.6, -0.2], [-0.2, 0.4]), Evaluator.Evaluate(Ex.Inverse(S), At));

    [Fact]
    public void InverseOfASingularMatrixIsADomainError()
    {
        var inverse = Ex.Inverse(T);
        var error = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(inverse, WithT([1, 2], [2, 4])));
        Assert.Same(inverse, error.Subexpression);
        Assert.Equal($"inverse of a singular matrix in {inverse}.", error.Message);
    }

    [Fact]
    public void InverseOfANearlySingularMatrixIsADomainError()
    {
        var inverse = Ex.Inverse(T);
        var error = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(inverse, WithT([1, 1], [1, 1 + 1e-14])));
        Assert.StartsWith("inverse of a nearly singular matrix (condition number 4", error.Message);
        Assert.EndsWith($") in {inverse}.", error.Message);
    }

    [Fact]
    public void ScalarPowers()
    {
        Equal(Number(0.25), Evaluator.Evaluate(Ex.Power(c, Ex.Num(2)), At));
        Equal(Number(Math.Sqrt(0.5)), Evaluator.Evaluate(Ex.Power(c, Ex.Num(0.5)), At));
        Equal(Number(4), Evaluator.Evaluate(Ex.Power(c, Ex.Num(-2)), At));
        // c^c with a symbolic exponent
        Equal(Number(Math.Sqrt(0.5)), Evaluator.Evaluate(Ex.Power(c, c), At));
    }

    [Fact]
    public void MatrixPowersByRepeatedSquaring()
    {
        Equal(Rows([5, 5], [5, 10]), Evaluator.Evaluate(Ex.Power(S, Ex.Num(2)), At));
        Equal(Rows([15, 20], [20, 35]), Evaluator.Evaluate(Ex.Power(S, Ex.Num(3)), At));
        // S⁵ = S⁴ S = [[50 75] [75 125]] [[2 1] [1 3]]
        Equal(Rows([175, 275], [275, 450]), Evaluator.Evaluate(Ex.Power(S, Ex.Num(5)), At));
        Equal(Rows([1, 0], [0, 1]), Evaluator.Evaluate(new Power(S, Ex.Num(0)), At));
    }

    [Fact]
    public void NegativeMatrixPowersGoThroughTheInverse() =>
        // S⁻² = (S⁻¹)² = (1/25) [[10 -5] [-5 5]]
        Equal(Rows([0.4, -0.2], [-0.2, 0.2]), Evaluator.Evaluate(Ex.Power(S, Ex.Num(-2)), At), 1e-12);

    [Fact]
    public void PowersOutsideTheirDomainNameTheTerm()
    {
        var root = Ex.Power(Ex.Neg(c), Ex.Num(0.5));
        Assert.Equal($"power of a negative value with a non-integer exponent in {root}.",
            Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(root, At)).Message);
        var zero = new Power(Ex.ZeroScalar, Ex.Num(-1));
        Assert.Equal($"power of zero with a negative exponent in {zero}.",
            Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(zero, At)).Message);
        var fractional = new Power(S, Ex.Num(0.5));
        Assert.Equal($"power 0.5 of a matrix is not an integer in {fractional}.",
            Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(fractional, At)).Message);
    }

    [Fact]
    public void DeterminantOfTwoByTwo()
    {
        Equal(Number(5), Evaluator.Evaluate(Ex.Det(S), At));
        // det(AB) = 5·23 - 11·14 = -39
        Equal(Number(-39), Evaluator.Evaluate(Ex.Det(Ex.MatMul(A, B)), At), 1e-12);
    }

    [Fact]
    public void LogDetOfSymmetricPositiveDefinite() =>
        Equal(Number(Math.Log(5)), Evaluator.Evaluate(Ex.LogDet(S), At));

    [Fact]
    public void LogDetOfANonSymmetricMatrixWithPositiveDeterminant()
    {
        Equal(Number(Math.Log(6)), Evaluator.Evaluate(Ex.LogDet(T), WithT([2, 1], [0, 3])));
        // [[0 1] [-1 0]] has det 1 but needs a row swap: the permutation's sign counts.
        Equal(Number(0), Evaluator.Evaluate(Ex.LogDet(T), WithT([0, 1], [-1, 0])));
    }

    [Fact]
    public void LogDetOfANonPositiveDeterminantIsADomainError()
    {
        var logdet = Ex.LogDet(T);
        var error = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(logdet, WithT([0, 1], [1, 0])));
        Assert.Same(logdet, error.Subexpression);
        Assert.Equal($"log det of a matrix whose determinant is not positive in {logdet}.", error.Message);
        Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(logdet, WithT([1, 2], [2, 4])));
    }

    [Fact]
    public void CholeskyAndLuAgreeOnLogDet()
    {
        var random = new Random(7);
        var b = Matrix<double>.Build.Dense(5, 5, (_, _) => random.NextDouble() - 0.5);
        var spd = b * b.Transpose() + Matrix<double>.Build.DenseIdentity(5);
        double viaCholesky = Evaluator.CholeskyLogDet(spd)!.Value;
        double viaLu = Evaluator.LuLogDet(spd, Ex.LogDet(S));
        Assert.Equal(viaLu, viaCholesky, 1e-12);
        Assert.Equal(Math.Log(spd.Determinant()), viaCholesky, 1e-12);
    }

    [Fact]
    public void LogDetDoesNotOverflowWhereDetDoes()
    {
        // det(10⁴ I₁₀₀) = 10⁴⁰⁰ overflows a double; its log is 400 log 10.
        var big = Matrix<double>.Build.DenseIdentity(100) * 1e4;
        var at = Environment.FromValues([T], new Dictionary<string, Matrix<double>> { ["T"] = big });
        Assert.Equal(400 * Math.Log(10), Evaluator.EvaluateScalar(Ex.LogDet(T), at), 1e-9);
        var det = Ex.Det(T);
        Assert.Equal($"{det} is not finite at this point (an overflow or an undefined value).",
            Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(det, at)).Message);
    }

    [Fact]
    public void DivisionByZeroNamesTheQuotient()
    {
        var quotient = Ex.Divide(x, Ex.Sub(c, c));
        var error = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(quotient, At));
        Assert.Same(quotient, error.Subexpression);
        Assert.Equal($"division by zero in {quotient}.", error.Message);
    }
}
