using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// Warnings for a check at a point near, not on, a kink: close enough that a finite-difference
/// step crosses it (relu(x'x − 1) where x'x − 1 = 1e-7). There a central difference averages the
/// two one-sided slopes and a right derivative fails its check. <see cref="Kinks"/> covers points
/// on a kink (within <see cref="Kinks.Tolerance"/>); this looks a step around the point, by
/// probing the kinks' arguments at x ± 2hV along a few random directions (twice the check's step h,
/// so that the check's own directions are covered with room to spare).
/// </summary>
public static class KinkSteps
{
    private const int Probes = 4;
    private const int ProbeSeed = 20_240_611;

    public static IReadOnlyList<string> Warnings(Expr f, Environment at, Var wrt)
    {
        var kinks = f.Descendants().Where(IsKink).Distinct().Where(k => k.Children()[0].Contains(wrt)).ToList();
        if (kinks.Count == 0) return [];
        var x = at[wrt.Name];
        var random = new Random(ProbeSeed);
        double h = 2 * FiniteDifference.Step(x);
        var probes = Enumerable.Range(0, Probes)
            .Select(_ => FiniteDifference.RandomDirection(wrt, at, random))
            .SelectMany(v => new[] { at.With(wrt.Name, x + h * v), at.With(wrt.Name, x - h * v) })
            .ToList();
        var warnings = new List<string>();
        foreach (var kink in kinks)
        {
            var argument = kink.Children()[0];
            var here = Evaluator.Evaluate(argument, at);
            if (probes.Any(probe => Crosses(kink, here, ValueOrNull(argument, probe))))
                warnings.Add($"the point is within a finite-difference step of a kink of {Name(kink)}: "
                    + (IsVectorKink(kink) ? $"{argument} is within a step of 0" : $"an entry of {argument} changes sign a step away")
                    + ", so the check may fail although the derivative is right.");
        }
        return warnings;
    }

    private static bool IsKink(Expr e) => e is Apply { Function: ElementFunction.Relu or ElementFunction.Abs or ElementFunction.Sign or ElementFunction.Step } or Norm;

    private static bool IsVectorKink(Expr kink) => kink is Norm { Kind: NormKind.Two or NormKind.Frobenius };

    private static string Name(Expr kink) => kink is Apply a ? $"{Functions.Name(a.Function)} in {a}" : kink.ToString();

    // Entrywise kinks (relu, abs, sign, step, the 1-norm) are at 0 of an entry: crossing is a sign
    // change of an entry away from 0 (an entry at 0 is Kinks' warning). The 2-norm's kink is at the
    // zero vector: reached when a step moves the argument by as much as its norm.
    private static bool Crosses(Expr kink, Matrix<double> here, Matrix<double>? there)
    {
        if (there is null) return false;
        if (IsVectorKink(kink))
            return here.FrobeniusNorm() > Kinks.Tolerance && (there - here).FrobeniusNorm() >= here.FrobeniusNorm();
        for (int i = 0; i < here.RowCount; i++)
            for (int j = 0; j < here.ColumnCount; j++)
                if (Math.Abs(here[i, j]) > Kinks.Tolerance && Math.Sign(here[i, j]) != Math.Sign(there[i, j])) return true;
        return false;
    }

    // A probe outside the argument's domain says nothing about kinks.
    private static Matrix<double>? ValueOrNull(Expr e, Environment at)
    {
        try { return Evaluator.Evaluate(e, at); }
        catch (EvaluationException) { return null; }
    }
}
