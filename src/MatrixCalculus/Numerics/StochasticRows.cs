using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.Numerics;

/// <summary>
/// Values of a <c>stochastic</c> symbol: each row of a matrix sums to 1, the entries of a column
/// vector sum to 1 (the simplifier relies on Y1 = 1 and sum(y) = 1 at the point).
/// </summary>
internal static class StochasticRows
{
    /// <summary>Sums within 1e-9 per entry of 1 count as 1 (a point file written to 10 digits passes).</summary>
    private const double Tolerance = 1e-9;

    /// <summary>Positive entries, each row (a column vector: all of it) scaled to sum to 1.</summary>
    public static Matrix<double> Random(int rows, int cols, Random random)
    {
        var m = Matrix<double>.Build.Dense(rows, cols, (_, _) => 0.1 + random.NextDouble());
        return cols == 1 ? m / m.Enumerate().Sum() : m.NormalizeRows(1.0);
    }

    /// <summary>Null when the value sums as declared; otherwise what is wrong, for the message.</summary>
    public static string? Problem(Matrix<double> value)
    {
        if (value.ColumnCount == 1)
        {
            double total = value.Enumerate().Sum();
            return Math.Abs(total - 1) <= Tolerance * value.RowCount ? null : $"its entries sum to {Format(total)}, not 1";
        }
        for (int i = 0; i < value.RowCount; i++)
        {
            double sum = value.Row(i).Sum();
            if (Math.Abs(sum - 1) > Tolerance * value.ColumnCount)
                return $"row {i + 1} sums to {Format(sum)}, not 1";
        }
        return null;
    }

    private static string Format(double x) => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
