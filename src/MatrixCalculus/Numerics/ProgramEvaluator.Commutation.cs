using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Lowering;

namespace MatrixCalculus.Numerics;

// K_{m,n} M and M K_{m,n} as gathers: one copy of M's entries instead of an (mn)³ product.
// K_{m,n} has a 1 at (j + i·n, i + j·m) for i < m, j < n (Evaluator.CommutationMatrix).
public static partial class ProgramEvaluator
{
    // (K M) row j + i·n = M row i + j·m
    private static Matrix<double> CommuteRows(CommuteRows c, Run run)
    {
        var (m, n) = Sizes(c.Permutation, run);
        var a = Oriented(run[c.Matrix], c.TransposeMatrix, run);
        if (a.RowCount != m * n)
            throw new InvalidOperationException($"K_{{{m},{n}}} against {a.RowCount} rows in {c.Source}.");
        var result = run.Pool.Take(a.RowCount, a.ColumnCount);
        var source = Entries(a);
        var target = Entries(result);
        int rows = a.RowCount;
        for (int col = 0; col < a.ColumnCount; col++)
        {
            int offset = col * rows;
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++)
                    target[offset + j + i * n] = source[offset + i + j * m];
        }
        return result;
    }

    // (M K) column i + j·m = M column j + i·n
    private static Matrix<double> CommuteColumns(CommuteColumns c, Run run)
    {
        var (m, n) = Sizes(c.Permutation, run);
        var a = Oriented(run[c.Matrix], c.TransposeMatrix, run);
        if (a.ColumnCount != m * n)
            throw new InvalidOperationException($"K_{{{m},{n}}} against {a.ColumnCount} columns in {c.Source}.");
        var result = run.Pool.Take(a.RowCount, a.ColumnCount);
        var source = Entries(a);
        var target = Entries(result);
        int rows = a.RowCount;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                Array.Copy(source, (j + i * n) * rows, target, (i + j * m) * rows, rows);
        return result;
    }

    private static (int M, int N) Sizes(Terms.Commutation k, Run run) => (Size(k.M, k, run.Env), Size(k.N, k, run.Env));
}
