using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.Bench.Evaluation;

// The engine (Engine.EvaluateDerivative, the public call) against the hand-written baseline in the
// same run. Each GlobalSetup checks that both give the same numbers (and the reference evaluator's).

public class LogisticGradient
{
    private const string Loss = "-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))";
    private Problem problem = null!;
    private Matrix<double> x = null!, w = null!, y = null!;

    [GlobalSetup]
    public void Setup()
    {
        (x, w, y) = (Problem.Random(2000, 200, 1), Problem.Random(200, 1, 2, 0.1), Problem.Labels(2000, 3));
        problem = new Problem(Loss, "w", 1, null, new Dictionary<string, Matrix<double>> { ["X"] = x, ["w"] = w, ["y"] = y });
        problem.Verify(Engine(), HandWritten());
    }

    [Benchmark(Baseline = true)] public Matrix<double> HandWritten() => Hand.LogisticGradient(x, w, y);
    [Benchmark] public Matrix<double> Engine() => problem.Derivative();
}

public class LogisticHessian
{
    private const string Loss = "-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))";
    private Problem problem = null!;
    private Matrix<double> x = null!, w = null!;

    [GlobalSetup]
    public void Setup()
    {
        (x, w) = (Problem.Random(2000, 200, 1), Problem.Random(200, 1, 2, 0.1));
        problem = new Problem(Loss, "w", 2, null, new Dictionary<string, Matrix<double>> { ["X"] = x, ["w"] = w, ["y"] = Problem.Labels(2000, 3) });
        problem.Verify(Engine(), HandWritten());
    }

    [Benchmark(Baseline = true)] public Matrix<double> HandWritten() => Hand.LogisticHessian(x, w);
    [Benchmark] public Matrix<double> Engine() => problem.Derivative();
}

/// <summary>The logistic Hessian at N = 20000, d = 50, with its allocations (peak memory follows them: buffers are pooled).</summary>
[MemoryDiagnoser]
public class LargeLogisticHessian
{
    private const string Loss = "-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))";
    private Problem problem = null!;
    private Matrix<double> x = null!, w = null!;

    [GlobalSetup]
    public void Setup()
    {
        (x, w) = (Problem.Random(20000, 50, 1), Problem.Random(50, 1, 2, 0.1));
        problem = new Problem(Loss, "w", 2, null, new Dictionary<string, Matrix<double>> { ["X"] = x, ["w"] = w, ["y"] = Problem.Labels(20000, 3) });
        problem.Verify(Engine(), HandWritten());
    }

    [Benchmark(Baseline = true)] public Matrix<double> HandWritten() => Hand.LogisticHessian(x, w);
    [Benchmark] public Matrix<double> Engine() => problem.Derivative();
}

public class SoftmaxCrossEntropyHessian
{
    private Problem problem = null!;
    private Matrix<double> x = null!, w = null!;

    [GlobalSetup]
    public void Setup()
    {
        (x, w) = (Problem.Random(4000, 50, 1), Problem.Random(50, 1, 2, 0.1));
        problem = new Problem("logsumexp(Xw) - y'Xw", "w", 2, null,
            new Dictionary<string, Matrix<double>> { ["X"] = x, ["w"] = w, ["y"] = Problem.Random(4000, 1, 3) });
        // The reference evaluator builds diag(p) - pp' as a dense 4000×4000 matrix (seconds, 128 MB):
        // it is compared with the program on smaller X in the unit tests.
        problem.Verify(Engine(), HandWritten(), withReference: false);
    }

    [Benchmark(Baseline = true)] public Matrix<double> HandWritten() => Hand.SoftmaxHessian(x, w);
    [Benchmark] public Matrix<double> Engine() => problem.Derivative();
}

public class LogDetHessian
{
    private Problem problem = null!;
    private Matrix<double> x = null!;

    [GlobalSetup]
    public void Setup()
    {
        var b = Problem.Random(40, 40, 1);
        x = b * b.Transpose() + 40 * Matrix<double>.Build.DenseIdentity(40);
        problem = new Problem("log det X", "X", 2, "X: n x n", new Dictionary<string, Matrix<double>> { ["X"] = x });
        problem.Verify(Engine(), HandWritten());
    }

    [Benchmark(Baseline = true)] public Matrix<double> HandWritten() => Hand.LogDetHessian(x);
    [Benchmark] public Matrix<double> Engine() => problem.Derivative();
}

public class QuadraticHessian
{
    private Problem problem = null!;
    private Matrix<double> a = null!;

    [GlobalSetup]
    public void Setup()
    {
        a = Problem.Random(2000, 2000, 1);
        problem = new Problem("x'Ax", "x", 2, null, new Dictionary<string, Matrix<double>> { ["A"] = a, ["x"] = Problem.Random(2000, 1, 2) });
        problem.Verify(Engine(), HandWritten());
    }

    [Benchmark(Baseline = true)] public Matrix<double> HandWritten() => Hand.QuadraticHessian(a);
    [Benchmark] public Matrix<double> Engine() => problem.Derivative();
}

/// <summary>H v of the logistic loss (X 2000×200) against the engine's own gradient: the target is ≤ 3×.</summary>
public class HessianVectorProduct
{
    private const string Loss = "-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))";
    private Problem gradient = null!, hessian = null!;
    private Matrix<double> x = null!, w = null!, v = null!;

    [GlobalSetup]
    public void Setup()
    {
        (x, w, v) = (Problem.Random(2000, 200, 1), Problem.Random(200, 1, 2, 0.1), Problem.Random(200, 1, 4));
        var values = new Dictionary<string, Matrix<double>> { ["X"] = x, ["w"] = w, ["y"] = Problem.Labels(2000, 3) };
        gradient = new Problem(Loss, "w", 1, null, values);
        hessian = new Problem(Loss, "w", 2, null, values);
        hessian.Verify(EngineHessianVector(), Hand.LogisticHessianVector(x, w, v), withReference: false);
        hessian.Verify(EngineHessianVector(), MatrixCalculus.Engine.EvaluateDerivative(hessian.Compiled, hessian.Derivation, hessian.Point) * v, withReference: false);
    }

    [Benchmark(Baseline = true)] public Matrix<double> EngineGradient() => gradient.Derivative();
    [Benchmark] public Matrix<double> EngineHessianVector() => MatrixCalculus.Engine.HessianVectorProduct(hessian.Compiled, hessian.Derivation, hessian.Point, v);
    [Benchmark] public Matrix<double> HandWrittenHessianVector() => Hand.LogisticHessianVector(x, w, v);
}
