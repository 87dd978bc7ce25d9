using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>
/// The simplifier: the rules of <see cref="Rules.All"/> applied bottom-up, pass after pass, to a
/// fixed point within a step budget. Every rule keeps the value; the result is deterministic and
/// idempotent (a second run finds nothing to do). With a <see cref="RewriteLog"/>, every rule
/// application and every pass is recorded for the derivation steps.
/// </summary>
public static class Canonicalizer
{
    /// <summary>Passes before giving up on a fixed point; the rules still firing are then logged.</summary>
    public const int MaxPasses = 40;
    /// <summary>Rule applications at one node within one pass.</summary>
    private const int MaxLocalRewrites = 16;

    public static Expr Canonicalize(Expr e) => Simplify(e, null);

    public static Expr Simplify(Expr e, RewriteLog? log)
    {
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            var fired = new List<string>();
            var next = log is null ? e.Postwalk(node => Local(node, fired, null, _ => node)) : Walk(e, whole => whole, fired, log);
            if (next.Equals(e)) return next;
            e = next;
            log?.EndPass(fired, e);
            if (pass == MaxPasses - 1) log?.Exhausted(fired);
        }
        return e;
    }

    /// <summary>
    /// The bottom-up walk of <see cref="Traversal.Postwalk"/>, also carrying <paramref name="plug"/>:
    /// the whole expression with the current node replaced by its argument (built as the walk
    /// rebuilds parents, through the smart constructors), so the log can record the whole
    /// expression after each rule application.
    /// </summary>
    private static Expr Walk(Expr e, Func<Expr, Expr> plug, List<string> fired, RewriteLog log)
    {
        var children = e.Children();
        if (children.Count > 0)
        {
            var current = children.ToArray();
            for (int i = 0; i < current.Length; i++)
            {
                int at = i;
                current[at] = Walk(current[at], child =>
                {
                    var siblings = (Expr[])current.Clone();
                    siblings[at] = child;
                    return plug(e.WithChildren(siblings));
                }, fired, log);
            }
            e = e.WithChildren(current);
        }
        return Local(e, fired, log, plug);
    }

    private static Expr Local(Expr node, List<string> fired, RewriteLog? log, Func<Expr, Expr> plug)
    {
        for (int i = 0; i < MaxLocalRewrites; i++)
        {
            var applied = false;
            foreach (var rule in Rules.All)
            {
                var after = rule.Apply(node);
                if (after is null || after.Equals(node)) continue;
                log?.Record(rule.Name, node, after, plug(after));
                if (!fired.Contains(rule.Name)) fired.Add(rule.Name);
                node = after;
                applied = true;
                break;
            }
            if (!applied) return node;
        }
        return node;
    }
}
