using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.Bench.Evaluation;

/// <summary>
/// The Hessian of x'K_{20,20}Ax, K_{20,20}A + A'K_{20,20} (400×400): the engine gathers rows and
/// columns of A; the baseline builds K and multiplies, which is what a product with K costs
/// without the gather (two 400³ products).
/// </summary>
public class CommutationHessian
{
    private const int Size = 20;
    private Problem problem = null!;
    private Matrix<double> a = null!;

    [GlobalSetup]
    public void Setup()
    {
        a = Problem.Random(Size * Size, Size * Size, 1);
        var x = Problem.Random(Size * Size, 1, 2);
        problem = new Problem($"x'K_{{{Size},{Size}}} A x", "x", 2, null, new Dictionary<string, Matrix<double>> { ["x"] = x, ["A"] = a });
        problem.Verify(Engine(), BuiltK());
    }

    [Benchmark(Baseline = true)]
    public Matrix<double> BuiltK()
    {
        var k = Commutation(Size, Size);
        return k * a + a.TransposeThisAndMultiply(k);
    }

    [Benchmark] public Matrix<double> Engine() => problem.Derivative();

    // K_{m,n}: a 1 at (j + i·n, i + j·m)
    private static Matrix<double> Commutation(int m, int n)
    {
        var k = Matrix<double>.Build.Dense(m * n, m * n);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                k[j + i * n, i + j * m] = 1;
        return k;
    }
}
