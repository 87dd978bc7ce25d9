using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// Warnings for a check at a point where a matrix the variable moves is nearly singular. Near a
/// singular A, A⁻¹ changes fast: a central difference with relative step h is off by about
/// (h·κ(A))², so with h = 1e-6 a right derivative can fail its check long before the evaluator
/// refuses the inverse (at κ > <see cref="Evaluator.MaxConditionNumber"/>).
/// </summary>
public static class Conditioning
{
    /// <summary>
    /// Above this 1-norm condition number the finite-difference error (1e-6·κ)² passes 1e-6, a tenth
    /// of the first-order tolerance: the check is no longer to be trusted to tell right from wrong.
    /// </summary>
    public const double WarnAbove = 1e3;

    /// <summary>One warning per matrix that is inverted (A⁻¹, A^-k, log det A) and moves with <paramref name="wrt"/>.</summary>
    public static IReadOnlyList<string> Warnings(Expr f, Environment at, Var wrt)
    {
        var warnings = new List<string>();
        foreach (var node in f.Descendants())
        {
            var inverted = node switch
            {
                Inverse i => i.Arg,
                LogDet l => l.Arg,
                Power { Base.Shape.IsScalar: false, Exponent: Const { Value: < 0 } } p => p.Base,
                _ => null,
            };
            if (inverted is null || !inverted.Contains(wrt)) continue;
            double condition = ConditionNumber(Evaluator.Evaluate(inverted, at));
            if (condition <= WarnAbove) continue;
            var warning = $"{inverted} is nearly singular at this point (condition number {condition:0.#e+0}): "
                + "finite differences are inaccurate this close to a singular matrix, so the check may fail although the derivative is right.";
            if (!warnings.Contains(warning)) warnings.Add(warning);
        }
        return warnings;
    }

    /// <summary>κ₁(A) = ‖A‖₁ ‖A⁻¹‖₁, as the evaluator measures it; ∞ for a singular A.</summary>
    public static double ConditionNumber(Matrix<double> a)
    {
        var lu = a.LU();
        if (lu.U.Diagonal().Any(pivot => pivot == 0)) return double.PositiveInfinity;
        double condition = a.L1Norm() * lu.Inverse().L1Norm();
        return double.IsFinite(condition) ? condition : double.PositiveInfinity;
    }
}
