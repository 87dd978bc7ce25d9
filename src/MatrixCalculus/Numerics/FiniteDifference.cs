using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// Central differences along a direction, which check a derivative with two evaluations instead
/// of 2·n·m: (f(X + hV) − f(X − hV)) / 2h = Df(X)[V] + O(h²).
/// </summary>
public static class FiniteDifference
{
    /// <summary>
    /// h = 1e-6 · max(1, ‖X‖_F): the central difference has truncation error O(h²) and rounding
    /// error O(ε/h) relative to the scale of X, balanced near h ≈ ε^(1/3) ≈ 6e-6; 1e-6 leans to
    /// truncation because checked functions are smooth, and the factor keeps h relative for large X.
    /// The direction (<see cref="RandomDirection"/>) shares the step out among the entries by their
    /// sizes, so each entry moves by about 1e-6 · max(1, |xᵢⱼ|).
    /// </summary>
    public static double Step(Matrix<double> at) => 1e-6 * Math.Max(1, at.FrobeniusNorm());

    /// <summary>(f(x + hV) − f(x − hV)) / 2h where x is the value of <paramref name="wrt"/> in <paramref name="at"/>.</summary>
    public static Matrix<double> DirectionalDerivative(
        Func<Environment, Matrix<double>> f, Environment at, string wrt, Matrix<double> direction, double h)
    {
        var x = at[wrt];
        if (x.RowCount != direction.RowCount || x.ColumnCount != direction.ColumnCount)
            throw new InvalidOperationException($"a {direction.RowCount}×{direction.ColumnCount} direction for {wrt}, which is {x.RowCount}×{x.ColumnCount}.");
        var forward = f(at.With(wrt, x + direction * h));
        var backward = f(at.With(wrt, x - direction * h));
        return (forward - backward) / (2 * h);
    }

    /// <summary>The same with the step <see cref="Step"/> of the value of <paramref name="wrt"/>.</summary>
    public static Matrix<double> DirectionalDerivative(
        Func<Environment, Matrix<double>> f, Environment at, string wrt, Matrix<double> direction) =>
        DirectionalDerivative(f, at, wrt, direction, Step(at[wrt]));

    /// <summary>
    /// A random direction of unit Frobenius norm in the space the variable lives in: symmetric for a
    /// symmetric (or spd) variable, diagonal for a diagonal one, so X ± hV keeps its structure.
    /// Each entry is weighted by its own scale max(1, |xᵢⱼ|), so that the step moves every entry by
    /// about 1e-6 of its own size. Without the weight, the step (relative to ‖X‖) would move a
    /// small entry next to a huge one by far more than its size: across 0, out of the domain of
    /// log, or over the kink of abs, and a right derivative would fail its check
    /// (x = [0.1, 1e12]: h = 1e6, so log(x₁ − hv₁) is undefined).
    /// </summary>
    public static Matrix<double> RandomDirection(Var wrt, Environment at, Random random)
    {
        var x = at[wrt.Name];
        var v = Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount, (_, _) => 2 * random.NextDouble() - 1);
        if (wrt.Attributes.HasFlag(VarAttributes.Diagonal))
            v = Matrix<double>.Build.DenseOfDiagonalArray(v.Diagonal().ToArray());
        else if (wrt.Attributes.HasFlag(VarAttributes.Symmetric) && x.RowCount == x.ColumnCount)
            v = (v + v.Transpose()) / 2;
        // The weights of a symmetric X are symmetric, so the weighted direction stays symmetric.
        v = v.PointwiseMultiply(x.Map(entry => Math.Max(1, Math.Abs(entry))));
        double norm = v.FrobeniusNorm();
        return norm == 0 ? v : v / norm;
    }

    /// <summary>|a − b| ≤ atol + rtol · max(|a|, |b|).</summary>
    public static bool Close(double a, double b, double rtol, double atol) =>
        Math.Abs(a - b) <= atol + rtol * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>
    /// The same in the Frobenius norm: ‖a − b‖ ≤ atol + rtol · max(‖a‖, ‖b‖). Norm-wise rather than
    /// entrywise, so an entry that cancels to nearly 0 does not fail a check that is right overall.
    /// </summary>
    public static bool Close(Matrix<double> a, Matrix<double> b, double rtol, double atol) =>
        SameShape(a, b) && (a - b).FrobeniusNorm() <= atol + rtol * Math.Max(a.FrobeniusNorm(), b.FrobeniusNorm());

    /// <summary>‖a − b‖ / max(‖a‖, ‖b‖), and 0 when both are 0.</summary>
    public static double RelativeError(Matrix<double> a, Matrix<double> b)
    {
        if (!SameShape(a, b)) return double.PositiveInfinity;
        double scale = Math.Max(a.FrobeniusNorm(), b.FrobeniusNorm());
        return scale == 0 ? 0 : (a - b).FrobeniusNorm() / scale;
    }

    private static bool SameShape(Matrix<double> a, Matrix<double> b) =>
        a.RowCount == b.RowCount && a.ColumnCount == b.ColumnCount;
}
