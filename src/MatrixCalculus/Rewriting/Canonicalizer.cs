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
            var next = e.Postwalk(node => Local(node, fired, log));
            if (next.Equals(e)) return next;
            e = next;
            log?.EndPass(fired, e);
            if (pass == MaxPasses - 1) log?.Exhausted(fired);
        }
        return e;
    }

    private static Expr Local(Expr node, List<string> fired, RewriteLog? log)
    {
        for (int i = 0; i < MaxLocalRewrites; i++)
        {
            var applied = false;
            foreach (var rule in Rules.All)
            {
                var after = rule.Apply(node);
                if (after is null || after.Equals(node)) continue;
                log?.Record(rule.Name, node, after);
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
