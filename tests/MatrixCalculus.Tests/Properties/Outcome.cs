namespace MatrixCalculus.Tests.Properties;

/// <summary>What one random case came to.</summary>
public enum Verdict
{
    /// <summary>The property holds for the case.</summary>
    Held,
    /// <summary>The point is at a kink (relu, abs, sign, step, a norm at 0): one-sided derivatives differ, nothing to check.</summary>
    Kink,
    /// <summary>
    /// Central differences at the checker's step disagreed, but a more careful estimate (several
    /// steps, Richardson extrapolation) agrees with the derivative: rounding or truncation noise,
    /// not a wrong formula. Counted and bounded, never silently passed.
    /// </summary>
    Delicate,
    /// <summary>The property is false for the case.</summary>
    Disagreed,
    /// <summary>Something threw on a well-shaped term inside its domain.</summary>
    Crashed,
}

public sealed record Outcome(Verdict Verdict, string Detail = "")
{
    public static readonly Outcome Held = new(Verdict.Held);

    public bool IsFailure => Verdict is Verdict.Disagreed or Verdict.Crashed;

    public static Outcome Crash(string stage, Exception e) =>
        new(Verdict.Crashed, $"{stage} threw {e.GetType().Name}: {e.Message}");
}
