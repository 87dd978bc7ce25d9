using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>
/// The floor of simplification that makes results read as the course notes print them:
/// transposes at the leaves, ⊙ cancellation, like terms collected, common factors taken out,
/// scalar factors gathered in front. Every rule keeps the value. Applied bottom-up to a fixed
/// point with a step budget (the full simplifier with logged steps is a later layer).
/// </summary>
public static class Canonicalizer
{
    private const int MaxPasses = 40;

    public static Expr Canonicalize(Expr e)
    {
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            var next = e.Postwalk(Step);
            if (next.Equals(e)) return next;
            e = next;
        }
        return e;
    }

    private static Expr Step(Expr e) => e switch
    {
        Transpose t => TransposeRules.Push(t) ?? e,
        HadamardDivide q => HadamardRules.Cancel(q) ?? e,
        MatMul m => InverseCancellation(m) ?? OnesSum(m) ?? DistributeIdentitySum(m) ?? e,
        Add a => SumRule(a),
        Scale { Coefficient: Const { Value: < 0 } } s when NegatedInside(s) is { } flipped => flipped,
        Scale or Divide => Gathered(e),
        _ => e,
    };

    /// <summary>k·(n/d)·B in one place: (2/N)X'(Xw - y), not 2(1/N)X'(Xw - y).</summary>
    private static Expr Gathered(Expr e)
    {
        var rebuilt = Monomial.Of(e).ToExpr();
        return rebuilt.Equals(e) ? e : rebuilt;
    }

    /// <summary>-(a - b) = b - a and -sum(a - b) = sum(b - a), when at least half the terms are negative.</summary>
    private static Expr? NegatedInside(Scale s)
    {
        var (sum, wrap) = s.Body switch
        {
            Add a => (a, (Func<Expr, Expr>)(x => x)),
            Sum { Arg: Add a } => (a, Ex.Sum),
            Trace { Arg: Add a } => (a, Ex.Trace),
            _ => ((Add?)null, (Func<Expr, Expr>?)null),
        };
        if (sum is null || wrap is null) return null;
        // Flip only when at least half the terms are negative, so the flip never adds minus signs.
        if (sum.Terms.Count(t => Monomial.Of(t).K < 0) * 2 < sum.Terms.Count) return null;
        var negated = AddRules.Collect(sum.Terms.Select(Ex.Neg), sum.Shape);
        var k = ((Const)s.Coefficient).Value;
        return Ex.Scale(Ex.Num(-k), wrap(negated));
    }

    /// <summary>1ᵀv = sum(v) and vᵀ1 = sum(v) for a column v: the scalar comes out in front.</summary>
    private static Expr? OnesSum(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i + 1 < f.Count; i++)
        {
            var (ones, v) = (f[i], f[i + 1]) switch
            {
                (Ones { Of.IsRow: true } o, var c) when c.Shape.IsColumn => (o, c),
                (var r, Ones { Of.IsColumn: true } o) when r.Shape.IsRow => (o, Ex.Transpose(r)),
                _ => ((Ones?)null, (Expr?)null),
            };
            if (ones is null || v is null) continue;
            var rest = f.Where((_, j) => j != i && j != i + 1).ToList();
            return rest.Count == 0 ? Ex.Sum(v) : Ex.Scale(Ex.Sum(v), Ex.MatMul(rest));
        }
        return null;
    }

    /// <summary>(I - B) v = v - B v: a sum holding I is multiplied out, since I v is just v.</summary>
    private static Expr? DistributeIdentitySum(MatMul m)
    {
        var f = m.Factors;
        int at = Enumerable.Range(0, f.Count).FirstOrDefault(i => f[i] is Add a && a.Terms.Any(t => t is Identity), -1);
        if (at < 0) return null;
        var sum = (Add)f[at];
        return Ex.Add(sum.Terms.Select(t => Ex.MatMul(f.Select((g, j) => j == at ? t : g))));
    }

    /// <summary>A⁻¹ A = I and A A⁻¹ = I between neighbouring factors.</summary>
    private static Expr? InverseCancellation(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i + 1 < f.Count; i++)
            if ((f[i] is Inverse a && a.Arg.Equals(f[i + 1])) || (f[i + 1] is Inverse b && b.Arg.Equals(f[i])))
            {
                var rest = f.Where((_, j) => j != i && j != i + 1).ToList();
                return rest.Count == 0 ? Ex.Eye(m.Shape.Rows) : Ex.MatMul(rest);
            }
        return null;
    }

    private static Expr SumRule(Add sum)
    {
        var collected = AddRules.Collect(sum.Terms, sum.Shape);
        var expanded = ExpandHadamards(sum);
        if (expanded is not null)
        {
            var collectedExpansion = AddRules.Collect(FlatTerms(expanded), sum.Shape);
            if (CanonicalKey.Size(collectedExpansion) < CanonicalKey.Size(collected)) collected = collectedExpansion;
        }
        if (collected is not Add a) return collected;
        return CommonCoefficient(a) ?? AddRules.Factor(a) ?? a;
    }

    /// <summary>(1 - y) ⊙ σ + y ⊙ σ expands so that terms can cancel; kept only if it ends shorter.</summary>
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

    /// <summary>(2/N)A - (2/N)B = (2/N)(A - B): a coefficient shared by every term comes out.</summary>
    private static Expr? CommonCoefficient(Add sum)
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
}
