using MatrixCalculus.Rewriting;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Calculus;

/// <summary>Which part of the method a step belongs to; folding merges steps within a phase only.</summary>
internal enum StepPhase { Start, Differentiate, Simplify, Identify, Result }

/// <summary>
/// A step as it is recorded, before folding. <see cref="Reshuffle"/> marks a step that shows
/// nothing new (d passed through a linear operation, a pass that only moved transposes or
/// scalars): folding merges those first.
/// </summary>
internal sealed record RecordedStep(StepPhase Phase, string Rule, Expr Expression, bool Reshuffle = false);

/// <summary>
/// Records the derivation as the method runs it: for each differential, d(f) pushed one level per
/// step, then one step per simplifier pass, then the identification; finally the derivative.
/// <see cref="Folded"/> gives the readable lines (see <see cref="StepFolding"/>).
/// </summary>
internal sealed class DerivationSteps
{
    private readonly List<RecordedStep> steps = [];

    public IReadOnlyList<RecordedStep> Recorded => steps;

    /// <summary>d(f) step by step, then canonicalized pass by pass; returns the canonical differential.</summary>
    public Expr Differential(Expr f, Var wrt)
    {
        var levels = new StepwiseDifferential(wrt).Levels(f);
        steps.Add(new(StepPhase.Start, "", levels[0].Expression));
        foreach (var level in levels.Skip(1))
            steps.Add(new(StepPhase.Differentiate, level.Rules, level.Expression, level.PassThrough));
        var log = new RewriteLog();
        var df = Canonicalizer.Simplify(levels[^1].Expression, log);
        foreach (var pass in log.Passes)
            steps.Add(new(StepPhase.Simplify, string.Join(", ", pass.Rules), pass.Result, pass.Rules.All(Reshuffles.Contains)));
        return df;
    }

    // Simplifier rules that move transposes and scalars about without combining anything.
    private static readonly string[] Reshuffles =
    [
        "transpose-product", "transpose-sum", "inverse-transpose", "transpose-entrywise", "transpose-diag",
        "transpose-other", "gather-scalars", "negate-sum", "common-coefficient",
    ];

    /// <summary>The differential written in the form the derivative is read from: ⟨G, dX⟩, J dx, f' dα.</summary>
    public void Identify(IEnumerable<string> laws, Expr line) =>
        steps.Add(new(StepPhase.Identify, string.Join(", ", laws.Append("identify").Distinct()), line));

    public void Result(string rule, Expr derivative) => steps.Add(new(StepPhase.Result, rule, derivative));

    /// <summary>Removes the derivative of the first order when a second order follows (its chain shows it).</summary>
    public void DropResult()
    {
        if (steps.Count > 0 && steps[^1].Phase == StepPhase.Result) steps.RemoveAt(steps.Count - 1);
    }

    public IReadOnlyList<DerivationStep> Folded() => StepFolding.Fold(steps);
}
