using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.Properties;

/// <summary>
/// One derivative case against central differences: differentiate, check with
/// <see cref="Checker.Check"/> at a random point, and on a disagreement ask
/// <see cref="NumericConfirmation"/> whether it is noise or a wrong derivative.
/// </summary>
public static class DerivativeCheck
{
    public static Outcome Run(DerivativeCase c)
    {
        var f = c.Function;
        var point = RandomPoint.Generate(f, VariablePool.All, c.PointSeed);
        // The generator keeps f inside its domain by construction: failing to evaluate it is a crash.
        try { Evaluator.Evaluate(f, point); }
        catch (Exception e) { return Outcome.Crash("evaluating f", e); }
        if (Kinks.Find(f, point) is [var kink, ..]) return new(Verdict.Kink, kink);

        Derivation d;
        try { d = Differentiation.Run(f, c.Wrt, c.Order); }
        catch (Exception e) { return Outcome.Crash("Differentiation.Run", e); }

        CheckReport report;
        try { report = Checker.Check(f, d, point, c.PointSeed); }
        catch (Exception e) { return Outcome.Crash($"Checker.Check (derivative {d.Result})", e); }
        if (report.Passed) return Outcome.Held;

        var detail = $"relative error {report.MaxRelativeError:g3} (tolerance {report.Tolerance:g1}); {d.Kind} = {d.Result}"
            + (d.Direction is { } v ? $" (a map of the direction {v.Name})" : "");
        double ratio;
        try { ratio = NumericConfirmation.BestRatio(f, d, point, c.PointSeed); }
        catch (Exception e) { return Outcome.Crash($"confirming the check (derivative {d.Result})", e); }
        return ratio <= 1
            ? new(Verdict.Delicate, $"{detail}; within rounding at some step (ratio {ratio:g3})")
            : new(Verdict.Disagreed, $"{detail}; at every step and with extrapolation the gap is {ratio:g3} times what rounding allows");
    }
}
