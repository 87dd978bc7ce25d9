using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.Numerics;

public static partial class Evaluator
{
    /// <summary>
    /// K_{m,n} with K vec(A) = vec(A') for an m×n A: entry (i, j) of A sits at i + j·m in vec(A)
    /// (column-major) and at j + i·n in vec(A').
    /// </summary>
    internal static Matrix<double> CommutationMatrix(int m, int n)
    {
        var k = Build.Dense(m * n, m * n);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                k[j + i * n, i + j * m] = 1;
        return k;
    }
}
