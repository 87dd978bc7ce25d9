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

    /// <summary>(2/N)A - (2/N)B = (2/N)(A - B): a coefficient shared by every term comes out.</summary>
    public static Expr? CommonCoefficient(Add sum)
    {
        var monomials = sum.Terms.Select(Monomial.Of).ToList();
        var first = monomials[0];
        if (monomials.Any(m => m.Body is null)) return null;
        bool sameFactors = monomials.All(m => m.Num.SequenceEqual(first.Num) && m.Den.SequenceEqual(first.Den));
        double k = Math.Abs(first.K);
        bool sameMagnitude = monomials.All(m => Math.Abs(m.K) == k);
        if (!sameFactors || !sameMagnitude || (k == 1 && first.Num.Count == 0 && first.Den.Count == 0)) return null;
        var inner = Ex.Add(monomials.Select(m => m.K > 0 ? m.Body! : Ex.Neg(m.Body!)));
        return new Monomial(k, first.Num, first.Den, inner).ToExpr();
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
