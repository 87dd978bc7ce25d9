using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>One rule application on a subterm.</summary>
public sealed record RewriteStep(string Rule, Expr Before, Expr After);

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

    internal void Record(string rule, Expr before, Expr after) => steps.Add(new(rule, before, after));
    internal void EndPass(IReadOnlyList<string> rules, Expr result) => passes.Add(new(rules, result));
    internal void Exhausted(IReadOnlyList<string> rules) => BudgetExhaustedBy = rules;
}
