using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// softmax, log-softmax and logsumexp of each row (or each column) of a matrix, shifted by the
/// slice's largest entry: exp(t - max t) never overflows and the shift cancels exactly, so each
/// value is finite wherever the mathematical one is (log softmax = t - logsumexp(t), never log 0).
/// </summary>
internal static class Batches
{
    public static Matrix<double> Softmax(Axis along, Matrix<double> t)
    {
        var lse = LogSumExpPerSlice(along, t);
        return t.MapIndexed((i, j, x) => Math.Exp(x - lse[along == Axis.Rows ? i : j]), Zeros.Include);
    }

    public static Matrix<double> LogSoftmax(Axis along, Matrix<double> t)
    {
        var lse = LogSumExpPerSlice(along, t);
        return t.MapIndexed((i, j, x) => x - lse[along == Axis.Rows ? i : j], Zeros.Include);
    }

    /// <summary>A column N×1 for rows, a row 1×m for columns (the shapes of <see cref="LogSumExpAlong"/>).</summary>
    public static Matrix<double> LogSumExp(Axis along, Matrix<double> t)
    {
        var lse = LogSumExpPerSlice(along, t);
        return along == Axis.Rows
            ? Matrix<double>.Build.Dense(lse.Length, 1, lse)
            : Matrix<double>.Build.Dense(1, lse.Length, lse);
    }

    // max t + log Σ exp(t - max t) for each slice.
    private static double[] LogSumExpPerSlice(Axis along, Matrix<double> t)
    {
        var slices = along == Axis.Rows ? t.EnumerateRows() : t.EnumerateColumns();
        return slices.Select(slice =>
        {
            double max = slice.Maximum();
            return max + Math.Log(slice.Sum(x => Math.Exp(x - max)));
        }).ToArray();
    }
}
