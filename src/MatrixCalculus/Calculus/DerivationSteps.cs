using MatrixCalculus.Rewriting;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Calculus;

/// <summary>Which part of the method a step belongs to; folding merges steps of one phase first.</summary>
internal enum StepPhase { Start, Differentiate, Simplify, Identify, Result }

/// <summary>
/// A step as it is recorded, before folding. <see cref="Reshuffle"/> marks a step that shows
/// nothing new (d passed through a linear operation, a pass that only moved transposes or
/// scalars): folding merges those first.
/// </summary>
internal sealed record RecordedStep(StepPhase Phase, string Rule, Expr Expression, bool Reshuffle = false);

/// <summary>
/// Records the derivation as the method runs it: for each differential, d(f) pushed one level per
/// step, then one step per simplifier rule application, then the identification; finally the derivative.
/// The differential itself comes from the recursive <see cref="Differentiator"/>, and its steps
/// are worked out only when someone reads them (most derivations are never shown step by step,
/// and a deep f has as many steps as levels): <see cref="Folded"/> is a list that folds on first
/// use (see <see cref="StepFolding"/>).
/// </summary>
internal sealed class DerivationSteps
{
    private sealed record Part(bool IsResult, Func<IEnumerable<RecordedStep>> Steps);

    private readonly List<Part> parts = [];

    /// <summary>The canonical differential of f; its steps: d(f), one line per level, one per simplifier rule application.</summary>
    public Expr Differential(Expr f, Var wrt)
    {
        var raw = new Differentiator(wrt, new RuleLog()).Differentiate(f);
        // Before simplifying, which costs more than linear time in the size (Limits.MaxTermSize).
        TermSize.Check(raw, "the derivative");
        parts.Add(new(false, () => Chain(f, wrt, raw)));
        return Canonicalizer.Canonicalize(raw);
    }

    private static IEnumerable<RecordedStep> Chain(Expr f, Var wrt, Expr raw)
    {
        var levels = new StepwiseDifferential(wrt).Levels(f);
        // Step k is the recursive differentiation cut at depth k, so the last is the same term.
        if (!levels[^1].Expression.Equals(raw))
            throw new InvalidOperationException($"the steps of d({f}) end at {levels[^1].Expression}, not at {raw}.");
        yield return new(StepPhase.Start, "", levels[0].Expression);
        foreach (var level in levels.Skip(1))
            yield return new(StepPhase.Differentiate, level.Rules, level.Expression, level.PassThrough);
        var log = new RewriteLog();
        Canonicalizer.Simplify(raw, log);
        // One rule application per step, on the whole expression: the derivation shows one rule per line.
        foreach (var step in log.Steps)
            yield return new(StepPhase.Simplify, step.Rule, step.Whole, Reshuffles.Contains(step.Rule));
    }

    // Simplifier rules that move transposes and scalars about without combining anything.
    private static readonly string[] Reshuffles =
    [
        "transpose-product", "transpose-sum", "inverse-transpose", "transpose-entrywise", "transpose-diag",
        "transpose-other", "gather-scalars", "negate-sum", "common-coefficient",
    ];

    /// <summary>The differential written in the form the derivative is read from: ⟨G, dX⟩, J dx, f' dα.</summary>
    public void Identify(IEnumerable<string> laws, Expr line)
    {
        var rule = string.Join(", ", laws.Append("identify").Distinct());
        parts.Add(new(false, () => [new(StepPhase.Identify, rule, line)]));
    }

    public void Result(string rule, Expr derivative) =>
        parts.Add(new(true, () => [new(StepPhase.Result, rule, derivative)]));

    /// <summary>Removes the derivative of the first order when a second order follows (its chain shows it).</summary>
    public void DropResult()
    {
        if (parts.Count > 0 && parts[^1].IsResult) parts.RemoveAt(parts.Count - 1);
    }

    /// <summary>The folded steps of what is recorded now, worked out on first use.</summary>
    public IReadOnlyList<DerivationStep> Folded()
    {
        var recorded = parts.ToList();
        return new LazySteps(() => StepFolding.Fold(recorded.SelectMany(p => p.Steps()).ToList()));
    }
}
