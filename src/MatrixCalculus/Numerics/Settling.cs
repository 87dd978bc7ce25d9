using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// A warning for a check whose finite differences do not settle: the central difference with step
/// h and with step h/4 should agree to far better than the tolerance (their truncation errors are
/// O(h²), their rounding errors O(ε/h)), whatever the derivative. When they do not, the numbers
/// cannot tell a right derivative from a wrong one here: the function varies on a scale shorter
/// than the step (sin of an entry of 3·10⁵, stepped by 0.3), or has a kink or singularity close
/// by that the other warnings did not name. When they do agree and the check fails, the
/// derivative is wrong.
/// </summary>
public static class Settling
{
    /// <summary>The warning, or null when the two differences agree within the tolerance (or cannot be taken).</summary>
    public static string? Warning(Func<Environment, Matrix<double>> f, Environment at, Var wrt, Matrix<double> direction,
        double tolerance, double absoluteTolerance)
    {
        try
        {
            double h = FiniteDifference.Step(at[wrt.Name]);
            var coarse = FiniteDifference.DirectionalDerivative(f, at, wrt.Name, direction, h);
            var fine = FiniteDifference.DirectionalDerivative(f, at, wrt.Name, direction, h / 4);
            double gap = MaxAbs(coarse - fine);
            double relative = gap / Math.Max(MaxAbs(coarse), MaxAbs(fine));
            if (!(relative > tolerance && gap > absoluteTolerance)) return null;
            return $"the finite differences do not settle here: with steps h and h/4 they differ by {relative:0.#e+0} (relative), "
                + "more than the tolerance, so the check may fail although the derivative is right.";
        }
        catch (EvaluationException)
        {
            return null; // a step out of the domain is reported as an error of its own
        }
    }

    // The largest entry: a norm of entries near 1e308 would overflow to ∞.
    internal static double MaxAbs(Matrix<double> m) => m.Enumerate().Select(Math.Abs).DefaultIfEmpty(0).Max();
}
