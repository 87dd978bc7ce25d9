using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Terms;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.Tests.Properties;

/// <summary>
/// A second numeric opinion, asked only when <see cref="Checker"/> disagrees with a derivative.
/// The checker uses one step h; random terms mix scales (a determinant of 10⁸ next to a term whose
/// derivative is 1), where one step loses to rounding, whose error is about ε·M/h with M the
/// largest value computed on the way to f, or to truncation (h²f‴). Here the directional
/// derivative is estimated at steps from 10⁻² h to 10³ h, each also Richardson-extrapolated
/// ((4 D(h/2) − D(h)) / 3 cancels the h² term), and a step agrees when the gap is within the
/// checker's tolerance plus that step's rounding bound. A wrong formula is wrong at every step;
/// noise is not. The result is the smallest gap over the steps in units of what is allowed: at
/// most 1 means the disagreement was noise.
/// </summary>
public static class NumericConfirmation
{
    private static readonly double[] StepScales = [1e-2, 1e-1, 1, 1e1, 1e2, 1e3];

    /// <summary>Rounding of one evaluation is taken as 16 ε (machine epsilon 2⁻⁵²) times the largest intermediate value.</summary>
    private const double RoundingFactor = 16 * 2.220446049250313e-16;

    /// <summary>The worst, over the directions, of the best gap-to-allowance ratio over the steps.</summary>
    public static double BestRatio(Expr f, Derivation d, Environment at, int seed, int directions = 3)
    {
        var random = new Random(seed ^ 0x5bd1e995);
        double worst = 0;
        var first = d.Order == 2 ? Differentiation.Run(f, d.Wrt, 1) : null;
        for (int i = 0; i < directions; i++)
        {
            var v = FiniteDifference.RandomDirection(d.Wrt, at, random);
            if (first is null)
                worst = Math.Max(worst, Best(env => Evaluator.Evaluate(f, env), Magnitude(f, at), d, at, v, Checker.FirstOrderTolerance));
            else
            {
                worst = Math.Max(worst, Best(env => Evaluator.Evaluate(f, env), Magnitude(f, at), first, at, v, Checker.SecondOrderTolerance));
                worst = Math.Max(worst, Best(env => DerivativeValue.Evaluate(first, env), Magnitude(first.Result, at), d, at, v, Checker.SecondOrderTolerance));
            }
        }
        return worst;
    }

    /// <summary>The largest Frobenius norm of any subterm at the point: the scale rounding errors are relative to.</summary>
    public static double Magnitude(Expr e, Environment at)
    {
        double largest = 0;
        foreach (var node in e.Descendants())
            if (node is not Differential)
                try { largest = Math.Max(largest, Evaluator.Evaluate(node, at).FrobeniusNorm()); }
                catch (Exception) { } // a direction V has no value here; its scale is 1
        return Math.Max(largest, 1);
    }

    private static double Best(Func<Environment, Matrix<double>> f, double magnitude, Derivation d, Environment at, Matrix<double> v, double tolerance)
    {
        var symbolic = DerivativeValue.Vectorize(DerivativeValue.Apply(d, at, v));
        double h0 = FiniteDifference.Step(at[d.Wrt.Name]);
        double best = double.PositiveInfinity;
        foreach (var scale in StepScales)
        {
            double h = h0 * scale;
            // Two evaluations divided by 2h: rounding of about 2 · RoundingFactor · M / 2h.
            double rounding = RoundingFactor * magnitude / h;
            try
            {
                var coarse = Estimate(f, at, d.Wrt.Name, v, h);
                var fine = Estimate(f, at, d.Wrt.Name, v, h / 2);
                var extrapolated = (4 * fine - coarse) / 3;
                best = Math.Min(best, Ratio(coarse, symbolic, tolerance, rounding));
                // Extrapolation combines the two with weights 4/3 and 1/3: its rounding is up to 3 times larger.
                best = Math.Min(best, Ratio(extrapolated, symbolic, tolerance, 3 * rounding));
            }
            // A large step can leave the domain of f (the spd cone, a positive argument): skip that step.
            catch (EvaluationException) { }
        }
        return best;
    }

    private static Vector<double> Estimate(Func<Environment, Matrix<double>> f, Environment at, string wrt, Matrix<double> v, double h) =>
        DerivativeValue.Vectorize(FiniteDifference.DirectionalDerivative(f, at, wrt, v, h));

    private static double Ratio(Vector<double> numeric, Vector<double> symbolic, double tolerance, double rounding)
    {
        if (numeric.Count != symbolic.Count) return double.PositiveInfinity;
        double gap = (numeric - symbolic).L2Norm();
        double allowed = Checker.AbsoluteTolerance + tolerance * Math.Max(numeric.L2Norm(), symbolic.L2Norm()) + rounding;
        return gap / allowed;
    }
}
