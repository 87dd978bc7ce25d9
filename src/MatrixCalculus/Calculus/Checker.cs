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
/// checked first. A mixed block ∂²f/∂w∂b compares H_wb[V] with the central difference of ∇_w f
/// along a direction V of b, after checking ∇_w f itself. Directions respect the variable's structure (symmetric stays symmetric).
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
        double tolerance = d.Order == 2 ? SecondOrderTolerance : FirstOrderTolerance;
        var comparisons = new List<(double Relative, double Absolute)>();
        if (d.FirstWrt is { } w)
        {
            var first = Differentiation.Run(f, w, 1);
            comparisons.AddRange(Compare(Value(f), first, at, random, directions));
            comparisons.AddRange(Compare(Gradient(first), d, at, random, directions));
        }
        else if (d.Order == 2)
        {
            var first = Differentiation.Run(f, d.Wrt, 1);
            comparisons.AddRange(Compare(Value(f), first, at, random, directions));
            comparisons.AddRange(Compare(Gradient(first), d, at, random, directions));
        }
        else comparisons.AddRange(Compare(Value(f), d, at, random, directions));
        // A direction passes when it agrees relatively, or when both sides are zero up to rounding.
        bool passed = comparisons.All(c => c.Relative <= tolerance || c.Absolute <= AbsoluteTolerance);
        return new CheckReport(comparisons.Max(c => c.Relative), passed, warnings, tolerance, directions);
    }

    private static Func<Environment, Matrix<double>> Value(Expr f) => env => DerivativeValue.Value(f, env);

    private static Func<Environment, Matrix<double>> Gradient(Derivation first) => env => DerivativeValue.Evaluate(first, env);

    private static IEnumerable<(double Relative, double Absolute)> Compare(
        Func<Environment, Matrix<double>> f, Derivation d, Environment at, Random random, int directions)
    {
        for (int i = 0; i < directions; i++)
        {
            var v = FiniteDifference.RandomDirection(d.Wrt, at, random);
            var numeric = DerivativeValue.Vectorize(FiniteDifference.DirectionalDerivative(f, at, d.Wrt.Name, v));
            var symbolic = DerivativeValue.Vectorize(DerivativeValue.Apply(d, at, v));
            if (numeric.Count != symbolic.Count) { yield return (double.PositiveInfinity, double.PositiveInfinity); continue; }
            double gap = (numeric - symbolic).L2Norm();
            double scale = Math.Max(numeric.L2Norm(), symbolic.L2Norm());
            yield return (scale == 0 ? 0 : gap / scale, gap);
        }
    }
}
