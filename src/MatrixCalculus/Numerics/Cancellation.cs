using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.Numerics;

/// <summary>
/// A warning for a check where rounding swamps the central difference: f(X ± hV) each carry an
/// error of about ε‖f(X)‖, so (f(X + hV) − f(X − hV)) / 2h is off by about ε‖f(X)‖ / h, however
/// right the derivative. It matters when f is large against its change over a step:
/// ⟨G, XW + 1b'⟩ with b ≈ 10¹³ is about 10¹³, but changes with W by about 1, and ε·10¹³/10⁻⁶ ≈ 1.
/// </summary>
public static class Cancellation
{
    /// <summary>
    /// The warning when the rounding error ε‖f‖/h exceeds what the check tolerates for a slope of
    /// this size (relative <paramref name="tolerance"/>, or <paramref name="absoluteTolerance"/>).
    /// </summary>
    public static string? Warning(Matrix<double> value, Matrix<double> slope, double h, double tolerance, double absoluteTolerance)
    {
        // Largest entries, not norms: the norm of an entry near 1e308 would overflow to ∞.
        double size = Settling.MaxAbs(value);
        double change = Settling.MaxAbs(slope) * h;
        double noise = 2.220446049250313e-16 * size / h;
        double allowed = Math.Max(tolerance * Settling.MaxAbs(slope), absoluteTolerance);
        if (noise <= allowed) return null;
        return $"f is about {size:0.#e+0} here but changes by only about {change:0.#e+0} over a finite-difference step, "
            + "so rounding swamps the difference and the check may fail although the derivative is right.";
    }
}
