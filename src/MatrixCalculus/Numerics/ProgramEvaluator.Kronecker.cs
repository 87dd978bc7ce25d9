using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Lowering;

namespace MatrixCalculus.Numerics;

public static partial class ProgramEvaluator
{
    // A ⊗ B written column by column into a pooled buffer: entry (i·r + k, j·s + l) is A[i, j] B[k, l].
    // MathNet's KroneckerProduct reads and writes one indexed entry at a time, about three times slower
    // on the n²×n² Hessians of a matrix variable.
    private static Matrix<double> Kronecker(KroneckerProduct k, Run run)
    {
        var a = run[k.Left];
        var b = run[k.Right];
        var (p, q, r, s) = (a.RowCount, a.ColumnCount, b.RowCount, b.ColumnCount);
        var result = run.Pool.Take(p * r, q * s);
        var left = Entries(a);
        var right = Entries(b);
        var target = Entries(result);
        int rows = p * r;
        for (int j = 0; j < q; j++)
            for (int l = 0; l < s; l++)
            {
                int column = (j * s + l) * rows;
                for (int i = 0; i < p; i++)
                {
                    double scale = left[i + j * p];
                    int at = column + i * r;
                    for (int t = 0; t < r; t++) target[at + t] = scale * right[t + l * r];
                }
            }
        return result;
    }
}
