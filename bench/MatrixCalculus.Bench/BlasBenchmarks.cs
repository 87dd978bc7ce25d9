using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Numerics.Blas;

namespace MatrixCalculus.Bench;

/// <summary>
/// A dense product op(A)·B of m×k by k×n on MathNet's managed code (the baseline), on OpenBLAS for
/// every size, and as <see cref="BlasChoice.Auto"/> chooses (OpenBLAS from
/// <see cref="Blas.AutoMinimumWork"/> multiply-adds up). The small sizes locate the crossover that
/// constant is set from; 200×2000×200 is the Gram matrix X'X of a logistic-loss Hessian with
/// X 2000×200. OpenBLAS runs on one thread, as the managed code does in these runs.
/// Without libopenblas0 the OpenBLAS rows measure the managed code again.
/// </summary>
public class BlasBenchmarks
{
    private Matrix<double> left = null!, right = null!;

    /// <summary>m×k×n: the product of an m×k and a k×n matrix.</summary>
    [Params("8x8x8", "16x16x16", "32x32x32", "64x64x64", "128x128x128", "2000x200x1", "200x2000x200")]
    public string Sizes { get; set; } = "";

    private void Make()
    {
        MathNet.Numerics.Control.UseSingleThread(); // the managed code on one thread, as OpenBLAS is
        var (m, k, n) = Parse(Sizes);
        left = Matrix<double>.Build.Random(m, k, 1);
        right = Matrix<double>.Build.Random(k, n, 2);
    }

    private static (int M, int K, int N) Parse(string sizes)
    {
        var parts = sizes.Split('x').Select(int.Parse).ToArray();
        return (parts[0], parts[1], parts[2]);
    }

    [GlobalSetup(Target = nameof(Managed))]
    public void SetupManaged() { Blas.Use(BlasChoice.Managed); Make(); }

    [GlobalSetup(Target = nameof(OpenBlas))]
    public void SetupOpenBlas() { Blas.Use(BlasChoice.OpenBlas); Make(); }

    [GlobalSetup(Target = nameof(Auto))]
    public void SetupAuto() { Blas.Use(BlasChoice.Auto); Make(); }

    [Benchmark(Baseline = true)]
    public Matrix<double> Managed() => left * right;

    [Benchmark]
    public Matrix<double> OpenBlas() => left * right;

    [Benchmark]
    public Matrix<double> Auto() => left * right;
}
