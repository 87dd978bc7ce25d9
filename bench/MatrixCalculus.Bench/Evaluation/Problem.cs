using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus;
using MatrixCalculus.Calculus;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.Bench.Evaluation;

/// <summary>
/// An expression, its derivative and a random point, set up once per benchmark class; the
/// benchmark then times <see cref="Engine.EvaluateDerivative"/>, the public call a user makes
/// (its lowered program is built on the first call and cached with the derivation).
/// </summary>
internal sealed class Problem
{
    public CompiledExpression Compiled { get; }
    public Derivation Derivation { get; }
    public Environment Point { get; }

    public Problem(string expression, string wrt, int order, string? let, IReadOnlyDictionary<string, Matrix<double>> values)
    {
        // Single-threaded MathNet on both sides, so ratios compare algorithms, not thread counts.
        MathNet.Numerics.Control.UseSingleThread();
        Compiled = Engine.Compile(expression, let);
        Derivation = Engine.Differentiate(Compiled, wrt, order);
        Point = Environment.FromValues(Compiled.Symbols, values);
    }

    public Matrix<double> Derivative() => Engine.EvaluateDerivative(Compiled, Derivation, Point);

    /// <summary>
    /// Before timing: the engine's numbers equal the hand-written ones and the tree-walking
    /// reference evaluator's to 1e-12 relative (a benchmark of a wrong answer measures nothing).
    /// </summary>
    public void Verify(Matrix<double> engine, Matrix<double> handWritten, bool withReference = true)
    {
        Agree("hand-written", engine, handWritten);
        if (withReference) Agree("the reference evaluator", engine, DerivativeValue.Reference(Derivation, Point));
    }

    private void Agree(string what, Matrix<double> engine, Matrix<double> other)
    {
        double gap = (engine - other).FrobeniusNorm();
        double scale = Math.Max(engine.FrobeniusNorm(), other.FrobeniusNorm());
        if (gap > 1e-12 * scale)
            throw new InvalidOperationException($"{Compiled.Source}: the engine differs from {what} by {gap:g3} (relative {gap / scale:g3}).");
    }

    public static Matrix<double> Random(int rows, int cols, int seed, double scale = 1) =>
        Matrix<double>.Build.Random(rows, cols, new MathNet.Numerics.Distributions.Normal(0, scale, new System.Random(seed)));

    public static Matrix<double> Labels(int rows, int seed)
    {
        var random = new System.Random(seed);
        return Matrix<double>.Build.Dense(rows, 1, (_, _) => random.Next(2));
    }
}
