using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>Rules on sums; each returns null where it does not apply.</summary>
internal static class SumRules
{
    /// <summary>Like terms collected; (1 - y) ⊙ σ + y ⊙ σ is expanded first when that ends shorter.</summary>
    public static Expr? Collect(Add sum)
    {
        var collected = AddRules.Collect(sum.Terms, sum.Shape);
        var expanded = ExpandHadamards(sum);
        if (expanded is not null)
        {
            var collectedExpansion = AddRules.Collect(FlatTerms(expanded), sum.Shape);
            if (CanonicalKey.Size(collectedExpansion) < CanonicalKey.Size(collected)) collected = collectedExpansion;
        }
        return collected.Equals(sum) ? null : collected;
    }

    /// <summary>
    /// (2/N)A - (2/N)B = (2/N)(A - B): a coefficient shared by several terms comes out (the first
    /// group of two or more terms with one coefficient up to sign, in order of appearance).
    /// </summary>
    public static Expr? CommonCoefficient(Add sum)
    {
        var monomials = sum.Terms.Select(Monomial.Of).ToList();
        if (monomials.Any(m => m.Body is null)) return null;
        var group = monomials.Select((m, i) => (Monomial: m, Index: i))
            .Where(x => !(Math.Abs(x.Monomial.K) == 1 && x.Monomial.Num.Count == 0 && x.Monomial.Den.Count == 0))
            .GroupBy(x => CoefficientKey(x.Monomial), StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() >= 2)?.ToList();
        if (group is null) return null;
        var first = group[0].Monomial;
        // A bare number is taken out of part of a sum only with scalar factors beside it: 2A + 2B - C stays.
        if (group.Count < sum.Terms.Count && first.Num.Count == 0 && first.Den.Count == 0) return null;
        var inner = Ex.Add(group.Select(x => x.Monomial.K > 0 ? x.Monomial.Body! : Ex.Neg(x.Monomial.Body!)));
        var collected = new Monomial(Math.Abs(first.K), first.Num, first.Den, inner).ToExpr();
        var members = group.Select(x => x.Index).ToHashSet();
        return Ex.Add(sum.Terms.Select((t, i) => i == group[0].Index ? collected : members.Contains(i) ? null : t).OfType<Expr>());
    }

    private static string CoefficientKey(Monomial m) =>
        Math.Abs(m.K).ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " " + (m with { K = 1, Body = null }).LikeKey;

    /// <summary>
    /// s A + t A = (s + t) A for terms with one body and different scalar factors, with the factors
    /// common to all of them in front: σ aa' - σ² aa' = σ(1 - σ) aa'.
    /// </summary>
    public static Expr? CollectCoefficients(Add sum)
    {
        var monomials = sum.Terms.Select(Monomial.Of).ToList();
        if (monomials.Any(m => m.Body is null)) return null;
        var group = monomials.Select((m, i) => (Monomial: m, Index: i))
            .GroupBy(x => HadamardRules.OrderInsensitiveKey(x.Monomial.Body!), StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() >= 2)?.ToList();
        if (group is null) return null;
        var body = group[0].Monomial.Body!;
        var scalars = group.Select(x => x.Monomial with { Body = null }).ToList();
        var common = Monomial.CommonFactors(scalars);
        var coefficient = Ex.Add(scalars.Select(m => m.Over(common).ToExpr()));
        var collected = (common with { Body = Ex.MatMul(coefficient, body) }).ToExpr();
        var members = group.Select(x => x.Index).ToHashSet();
        return Ex.Add(sum.Terms.Select((t, i) => i == group[0].Index ? collected : members.Contains(i) ? null : t).OfType<Expr>());
    }

    private static Expr? ExpandHadamards(Add sum)
    {
        bool changed = false;
        var terms = sum.Terms.AsArray().ToList();
        for (int round = 0; round < 4; round++)
        {
            var next = new List<Expr>();
            foreach (var t in terms)
            {
                var d = HadamardRules.Distribute(t);
                if (d is null) { next.Add(t); continue; }
                changed = true;
                next.AddRange(FlatTerms(d));
            }
            terms = next;
        }
        return changed ? Ex.Add(terms) : null;
    }

    private static IEnumerable<Expr> FlatTerms(Expr e) => e switch
    {
        Add a => a.Terms,
        Scale { Body: Add inner } s => inner.Terms.Select(t => Ex.Scale(s.Coefficient, t)),
        _ => [e],
    };
}
