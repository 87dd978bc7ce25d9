using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

// Division, inverse, powers and log-determinants: the operations with a domain.
public static partial class Evaluator
{
    /// <summary>Above this 1-norm condition number an inverse has lost all but ~4 of 16 digits.</summary>
    public const double MaxConditionNumber = 1e12;

    private static Matrix<double> DivideBy(Divide d, Environment env)
    {
        var numerator = Evaluate(d.Numerator, env);
        double denominator = EvaluateScalar(d.Denominator, env);
        return denominator == 0
            ? throw new EvaluationException(d, $"division by zero in {d}.")
            : numerator / denominator;
    }

    /// <summary>
    /// A⁻¹ by LU. Singular when a pivot is zero; nearly singular when κ₁(A) = ‖A‖₁‖A⁻¹‖₁ exceeds
    /// <see cref="MaxConditionNumber"/> (the 1-norm, as LAPACK's rcond, costs nothing more once A⁻¹ is known).
    /// </summary>
    internal static Matrix<double> Invert(Matrix<double> value, Expr e)
    {
        Square(value, e);
        var lu = value.LU();
        if (lu.U.Diagonal().Any(pivot => pivot == 0))
            throw new EvaluationException(e, $"inverse of a singular matrix in {e}.");
        var inverse = lu.Inverse();
        double condition = value.L1Norm() * inverse.L1Norm();
        if (!double.IsFinite(condition) || condition > MaxConditionNumber)
            throw new EvaluationException(e, $"inverse of a nearly singular matrix (condition number {condition:0.#e+0}) in {e}.");
        return inverse;
    }

    /// <summary>s^p for a scalar base; Aᵏ for a square matrix and an integer k (A⁻ᵏ = (A⁻¹)ᵏ).</summary>
    private static Matrix<double> Raise(Power p, Environment env)
    {
        var value = Evaluate(p.Base, env);
        return RaiseValue(value, EvaluateScalar(p.Exponent, env), p.Base.Shape.IsScalar, p);
    }

    internal static Matrix<double> RaiseValue(Matrix<double> value, double exponent, bool scalarBase, Expr p)
    {
        if (scalarBase)
        {
            double x = Scalar(value, p);
            CheckPower(x, exponent, p);
            return Number(Math.Pow(x, exponent));
        }
        if (!IsInteger(exponent))
            throw new EvaluationException(p, $"power {exponent} of a matrix is not an integer in {p}.");
        Square(value, p);
        if (exponent < 0) value = Invert(value, p);
        return MatrixPower(value, (long)Math.Abs(exponent));
    }

    // A^k by repeated squaring: A^k = (A^(k/2))² · A^(k mod 2), about 2·log₂k products.
    internal static Matrix<double> MatrixPower(Matrix<double> a, long k)
    {
        var result = Build.DenseIdentity(a.RowCount);
        var square = a;
        while (k > 0)
        {
            if ((k & 1) == 1) result *= square;
            k >>= 1;
            if (k > 0) square *= square;
        }
        return result;
    }

    /// <summary>
    /// log det A without forming det A (which under- or overflows long before its log does):
    /// 2 Σ log Lᵢᵢ from a Cholesky factor when A is symmetric positive definite, otherwise
    /// Σ log |Uᵢᵢ| from LU, after checking that the sign of det A = sign(P) Π sign(Uᵢᵢ) is positive.
    /// </summary>
    internal static double LogDeterminant(Matrix<double> a, Expr e) =>
        IsSymmetric(a) && CholeskyLogDet(a) is { } viaCholesky ? viaCholesky : LuLogDet(a, e);

    internal static double LuLogDet(Matrix<double> a, Expr e)
    {
        var lu = a.LU();
        var pivots = lu.U.Diagonal();
        int sign = PermutationSign(lu.P) * pivots.Aggregate(1, (s, u) => s * Math.Sign(u));
        if (sign <= 0)
            throw new EvaluationException(e, $"log det of a matrix whose determinant is not positive in {e}.");
        return pivots.Sum(u => Math.Log(Math.Abs(u)));
    }

    internal static double? CholeskyLogDet(Matrix<double> a)
    {
        try
        {
            // log det(LLᵀ) = 2 Σ log Lᵢᵢ
            return 2 * a.Cholesky().Factor.Diagonal().Sum(l => Math.Log(l));
        }
        catch (ArgumentException)
        {
            return null; // not positive definite: LU decides
        }
    }

    internal static bool IsSymmetric(Matrix<double> a)
    {
        if (a.RowCount != a.ColumnCount) return false;
        // Relative to the largest entry, not to ‖A‖_F: the Frobenius norm of a matrix with an entry
        // near 1e308 overflows to ∞, and every matrix would pass as symmetric.
        double tolerance = 1e-12 * Math.Max(1, a.Enumerate().Select(Math.Abs).DefaultIfEmpty(0).Max());
        for (int i = 0; i < a.RowCount; i++)
            for (int j = 0; j < i; j++)
                if (Math.Abs(a[i, j] - a[j, i]) > tolerance) return false;
        return true;
    }

    // sign(P) = (-1)^(n - number of cycles)
    private static int PermutationSign(MathNet.Numerics.Permutation p)
    {
        var seen = new bool[p.Dimension];
        int cycles = 0;
        for (int start = 0; start < p.Dimension; start++)
        {
            if (seen[start]) continue;
            cycles++;
            for (int i = start; !seen[i]; i = p[i]) seen[i] = true;
        }
        return (p.Dimension - cycles) % 2 == 0 ? 1 : -1;
    }
}
