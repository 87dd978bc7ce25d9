using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Lowering;

namespace MatrixCalculus.Numerics;

// The matrix d vec H[V] / d vec V of a linear map: entry (row of vec H, column of vec V).
public static partial class ProgramEvaluator
{
    private static Matrix<double> Assemble(AssembleLinearMap map, Run run)
    {
        int m = Size(map.Direction.Rows, map.Source, run.Env), n = Size(map.Direction.Cols, map.Source, run.Env);
        int rows = Size(map.Target.Shape.Rows, map.Source, run.Env);
        var result = Matrix<double>.Build.Dense(rows, m * n);
        var h = Entries(result);
        foreach (var term in map.Terms)
        {
            double c = term.Constant * (term.Factor is { } f ? Scalar(run[f], map.Source) : 1);
            switch (term)
            {
                case SandwichTerm s: AddSandwich(h, rows, c, s, m, n, run); break;
                case RankOneTerm r: AddRankOne(h, rows, c, Entries(run[r.Output]), Entries(run[r.Input])); break;
                case EntrywiseTerm e:
                    var w = Entries(run[e.Weights]);
                    for (int k = 0; k < w.Length; k++) h[k + rows * k] += c * w[k];
                    break;
            }
        }
        return result;
    }

    /// <summary>
    /// c L op(V) R. With V m×n: ∂(LVR)ᵢⱼ/∂Vₐᵦ = Lᵢₐ Rᵦⱼ, and ∂(LV'R)ᵢⱼ/∂Vₐᵦ = Lᵢᵦ Rₐⱼ
    /// (vec(AVB) = (B' ⊗ A) vec V); the inner loop runs down a column of L and of the result.
    /// </summary>
    private static void AddSandwich(double[] h, int rows, double c, SandwichTerm s, int m, int n, Run run)
    {
        int leftCols = s.TransposeDirection ? n : m, rightRows = s.TransposeDirection ? m : n;
        var left = s.Left is { } l ? run[l] : Matrix<double>.Build.DenseIdentity(leftCols);
        var right = s.Right is { } r ? run[r] : Matrix<double>.Build.DenseIdentity(rightRows);
        var L = Entries(left);
        var R = Entries(right);
        int p = left.RowCount, q = right.ColumnCount;
        if (left.ColumnCount != leftCols || right.RowCount != rightRows || p * q != rows)
            throw new InvalidOperationException($"a Kronecker term of {run}: {left.RowCount}×{left.ColumnCount} and {right.RowCount}×{right.ColumnCount} around a {m}×{n} direction.");
        for (int j = 0; j < q; j++)
            for (int a = 0; a < m; a++)
                for (int b = 0; b < n; b++)
                {
                    // V: Lᵢₐ Rᵦⱼ; V': Lᵢᵦ Rₐⱼ
                    double scale = c * (s.TransposeDirection ? R[a + rightRows * j] : R[b + rightRows * j]);
                    if (scale == 0) continue;
                    int column = a + m * b;
                    int leftColumn = s.TransposeDirection ? b : a;
                    int target = p * j + rows * column, source = p * leftColumn;
                    for (int i = 0; i < p; i++) h[target + i] += scale * L[source + i];
                }
    }

    // c vec(Out) vec(In)'
    private static void AddRankOne(double[] h, int rows, double c, double[] output, double[] input)
    {
        for (int column = 0; column < input.Length; column++)
        {
            double scale = c * input[column];
            if (scale == 0) continue;
            for (int i = 0; i < output.Length; i++) h[i + rows * column] += scale * output[i];
        }
    }

    // One run of the body per basis direction E_j; vec of its result is column j.
    private static Matrix<double> PerBasis(BasisColumns loop, Run run)
    {
        var direction = loop.Direction;
        int m = Size(direction.Shape.Rows, loop.Source, run.Env), n = Size(direction.Shape.Cols, loop.Source, run.Env);
        Matrix<double>? result = null;
        for (int j = 0; j < m * n; j++)
        {
            var basis = Matrix<double>.Build.Dense(m, n);
            basis[j % m, j / m] = 1;
            var inner = run with { Env = run.Env.With(direction.Name, basis) };
            foreach (var instruction in loop.Body) Execute(instruction, inner);
            var column = Entries(inner[loop.Result]);
            result ??= Matrix<double>.Build.Dense(column.Length, m * n);
            result.SetColumn(j, column);
        }
        return result ?? Matrix<double>.Build.Dense(Size(loop.Target.Shape.Rows, loop.Source, run.Env), 0);
    }
}
