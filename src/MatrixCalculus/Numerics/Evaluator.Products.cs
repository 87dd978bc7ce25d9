using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

// Matrix products, left to right, with diagonal factors applied as scalings.
public static partial class Evaluator
{
    /// <summary>
    /// F₁ F₂ … Fₖ from left to right. A factor diag(v) is never built as a matrix against a
    /// neighbour: diag(v) M scales row i of M by vᵢ and M diag(v) scales column j by vⱼ, so a
    /// product with diag costs O(nm) instead of O(n²m).
    /// </summary>
    private static Matrix<double> Product(MatMul m, Environment env)
    {
        Matrix<double>? product = null;
        double[]? pendingDiagonal = null; // a leading run of diagonal factors, multiplied entrywise
        foreach (var factor in m.Factors)
        {
            if (factor is DiagMatrix d)
            {
                var v = Column(Evaluate(d.Vector, env), d);
                if (product is not null) product = ScaleColumns(product, v, m);
                else pendingDiagonal = pendingDiagonal is null ? v : Multiply(pendingDiagonal, v, m);
                continue;
            }
            var value = Evaluate(factor, env);
            if (product is null)
                product = pendingDiagonal is null ? value : ScaleRows(value, pendingDiagonal, m);
            else
                product = product.ColumnCount == value.RowCount
                    ? product * value
                    : throw new InvalidOperationException($"factors of {m} have values that do not chain: {product.RowCount}×{product.ColumnCount} times {value.RowCount}×{value.ColumnCount}.");
        }
        // Only diagonal factors: their product is diagonal, and it is the value itself.
        return product ?? Build.DenseOfDiagonalArray(pendingDiagonal!);
    }

    // diag(v) M: row i of M times vᵢ
    private static Matrix<double> ScaleRows(Matrix<double> matrix, double[] v, Expr e) =>
        matrix.RowCount == v.Length
            ? Build.Dense(matrix.RowCount, matrix.ColumnCount, (i, j) => v[i] * matrix[i, j])
            : throw new InvalidOperationException($"diag of {v.Length} entries against {matrix.RowCount} rows in {e}.");

    // M diag(v): column j of M times vⱼ
    private static Matrix<double> ScaleColumns(Matrix<double> matrix, double[] v, Expr e) =>
        matrix.ColumnCount == v.Length
            ? Build.Dense(matrix.RowCount, matrix.ColumnCount, (i, j) => matrix[i, j] * v[j])
            : throw new InvalidOperationException($"diag of {v.Length} entries against {matrix.ColumnCount} columns in {e}.");

    // diag(u) diag(v) = diag(u ⊙ v)
    private static double[] Multiply(double[] u, double[] v, Expr e) =>
        u.Length == v.Length
            ? u.Zip(v, (a, b) => a * b).ToArray()
            : throw new InvalidOperationException($"diagonals of {u.Length} and {v.Length} entries in {e}.");
}
