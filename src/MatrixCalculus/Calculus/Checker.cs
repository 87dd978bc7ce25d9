using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Numerics;
using MatrixCalculus.Terms;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.Calculus;

/// <summary>The outcome of a numeric check: the largest relative error over the directions tried.</summary>
public sealed record CheckReport(double MaxRelativeError, bool Passed, IReadOnlyList<string> Warnings, double Tolerance, int Directions);

/// <summary>
/// Checks a derivative against central finite differences along random directions:
/// order 1 compares Df(X)[V] (⟨∇f, V⟩, J v, K vec V, H[V]) with (f(X + hV) − f(X − hV)) / 2h;
/// order 2 compares H[V] with the central difference of the first derivative, which is itself
/// checked first. Directions respect the variable's structure (symmetric stays symmetric).
/// </summary>
public static class Checker
{
    /// <summary>Relative tolerance of a first-order check: h² truncation and ε/h rounding are ~1e-10 at h = 1e-6.</summary>
    public const double FirstOrderTolerance = 1e-5;
    /// <summary>Second-order checks difference a derivative, losing a few more digits.</summary>
    public const double SecondOrderTolerance = 1e-4;
    /// <summary>Below this norm both sides count as zero (a derivative that vanishes at the point).</summary>
    public const double AbsoluteTolerance = 1e-8;

    public static CheckReport Check(Expr f, Derivation d, Environment at, int seed, int directions = 3)
    {
        var random = new Random(seed);
        var warnings = Kinks.Find(f, at);
        double worst = 0;
        if (d.Order == 2)
        {
            var first = Differentiation.Run(f, d.Wrt, 1);
            worst = Math.Max(worst, Worst(Value(f), first, at, random, directions));
            worst = Math.Max(worst, Worst(Gradient(first), d, at, random, directions));
        }
        else worst = Worst(Value(f), d, at, random, directions);
        double tolerance = d.Order == 2 ? SecondOrderTolerance : FirstOrderTolerance;
        return new CheckReport(worst, worst <= tolerance, warnings, tolerance, directions);
    }

    private static Func<Environment, Matrix<double>> Value(Expr f) => env => Evaluator.Evaluate(f, env);

    private static Func<Environment, Matrix<double>> Gradient(Derivation first) => env => DerivativeValue.Evaluate(first, env);

    private static double Worst(Func<Environment, Matrix<double>> f, Derivation d, Environment at, Random random, int directions)
    {
        double worst = 0;
        for (int i = 0; i < directions; i++)
        {
            var v = FiniteDifference.RandomDirection(d.Wrt, at, random);
            var numeric = DerivativeValue.Vectorize(FiniteDifference.DirectionalDerivative(f, at, d.Wrt.Name, v));
            var symbolic = DerivativeValue.Vectorize(DerivativeValue.Apply(d, at, v));
            worst = Math.Max(worst, Error(numeric, symbolic));
        }
        return worst;
    }

    private static double Error(Vector<double> a, Vector<double> b)
    {
        if (a.Count != b.Count) return double.PositiveInfinity;
        double scale = Math.Max(a.L2Norm(), b.L2Norm());
        double gap = (a - b).L2Norm();
        return gap <= AbsoluteTolerance ? 0 : gap / Math.Max(scale, AbsoluteTolerance);
    }
}
