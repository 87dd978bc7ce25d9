using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>Sums: like terms collected, common factors taken out, positive terms first.</summary>
internal static class AddRules
{
    /// <summary>2G - G = G; Ax + Ax = 2Ax; terms equal up to the order of ⊙ factors merge.</summary>
    public static Expr Collect(IEnumerable<Expr> terms, Semantics.Shape shape)
    {
        var order = new List<string>();
        var groups = new Dictionary<string, Monomial>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var m = Monomial.Of(term);
            var key = m.LikeKey;
            if (groups.TryGetValue(key, out var existing)) groups[key] = existing.WithK(existing.K + m.K);
            else { groups[key] = m; order.Add(key); }
        }
        // Enumerate in first-appearance order (never the dictionary's), positives before negatives.
        var kept = order.Select(k => groups[k]).Where(m => Math.Abs(m.K) > 1e-15).ToList();
        var ordered = kept.Where(m => m.K > 0).Concat(kept.Where(m => m.K < 0)).Select(m => m.ToExpr()).ToList();
        return ordered.Count == 0 ? Ex.ZeroOf(shape) : Ex.Add(ordered);
    }

    /// <summary>
    /// A B + A C = A (B + C) and B A + C A = (B + C) A, for the largest group of terms sharing
    /// an outermost matrix factor; null if no two terms share one.
    /// </summary>
    public static Expr? Factor(Add sum)
    {
        var terms = sum.Terms.Select(SplitTerm).ToList();
        foreach (var fromLeft in new[] { true, false })
        {
            var best = terms
                .Select((t, i) => (Key: t.Factors.Count > 0 ? (fromLeft ? t.Factors[0] : t.Factors[^1]) : null, Index: i))
                .Where(x => x.Key is not null && !x.Key.Shape.IsScalar)
                .GroupBy(x => CanonicalKey.Of(x.Key!))
                .Select(g => g.ToList())
                // Every member keeps a factor after the common one leaves: A x + x -> (A + I)x is
                // no shorter, and the distribution of I-sums would undo it.
                .Where(g => g.Count >= 2 && g.All(x => terms[x.Index].Factors.Count >= 2))
                .OrderByDescending(g => g.Count).ThenBy(g => g[0].Index)
                .FirstOrDefault();
            if (best is null) continue;
            var common = best[0].Key!;
            var inner = best.Select(x => terms[x.Index].Without(fromLeft, common)).ToList();
            var factored = fromLeft ? Ex.MatMul(common, Ex.Add(inner)) : Ex.MatMul(Ex.Add(inner), common);
            var members = best.Select(x => x.Index).ToHashSet();
            var result = new List<Expr>();
            for (int i = 0; i < terms.Count; i++)
                if (i == best[0].Index) result.Add(factored);
                else if (!members.Contains(i)) result.Add(sum.Terms[i]);
            return Ex.Add(result);
        }
        return null;
    }

    private sealed record Split(Expr? Coefficient, IReadOnlyList<Expr> Factors, Expr Whole)
    {
        public Expr Without(bool fromLeft, Expr common)
        {
            var rest = fromLeft ? Factors.Skip(1) : Factors.Take(Factors.Count - 1);
            Expr body = Ex.MatMul(rest);
            return Coefficient is null ? body : Ex.Scale(Coefficient, body);
        }
    }

    private static Split SplitTerm(Expr term) => term switch
    {
        Scale { Body: MatMul m } s => new(s.Coefficient, m.Factors.AsArray(), term),
        Scale s when !s.Body.Shape.IsScalar => new(s.Coefficient, [s.Body], term),
        MatMul m => new(null, m.Factors.AsArray(), term),
        _ when !term.Shape.IsScalar => new(null, [term], term),
        _ => new(null, [], term),
    };
}
