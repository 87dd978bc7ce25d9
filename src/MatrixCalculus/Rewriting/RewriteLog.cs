using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>
/// One rule application on a subterm, and the whole expression right after it (the subterms
/// before it in the walk already rewritten, those after it not yet): a derivation can show one
/// rule per line.
/// </summary>
public sealed record RewriteStep(string Rule, Expr Before, Expr After, Expr Whole);

/// <summary>
/// One bottom-up pass of the simplifier: the rules that fired, in first-fired order, and the
/// whole expression after the pass. Derivations print one line per pass, so steps that only
/// reshuffle within a pass are folded together.
/// </summary>
public sealed record RewritePass(IReadOnlyList<string> Rules, Expr Result);

/// <summary>Everything a simplification did, in order.</summary>
public sealed class RewriteLog
{
    private readonly List<RewriteStep> steps = [];
    private readonly List<RewritePass> passes = [];

    public IReadOnlyList<RewriteStep> Steps => steps;
    public IReadOnlyList<RewritePass> Passes => passes;

    /// <summary>Set when the step budget ran out before a fixed point: the rules still firing.</summary>
    public IReadOnlyList<string>? BudgetExhaustedBy { get; private set; }

    internal void Record(string rule, Expr before, Expr after, Expr whole) => steps.Add(new(rule, before, after, whole));
    internal void EndPass(IReadOnlyList<string> rules, Expr result) => passes.Add(new(rules, result));
    internal void Exhausted(IReadOnlyList<string> rules) => BudgetExhaustedBy = rules;
}
