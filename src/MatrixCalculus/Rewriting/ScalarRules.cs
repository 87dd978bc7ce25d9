using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>Rules on scalar coefficients; each returns null where it does not apply.</summary>
internal static class ScalarRules
{
    /// <summary>k·(n/d)·B in one place: (2/N)X'(Xw - y), not 2(1/N)X'(Xw - y).</summary>
    public static Expr? Gathered(Expr e)
    {
        var rebuilt = Monomial.Of(e).ToExpr();
        return rebuilt.Equals(e) ? null : rebuilt;
    }

    /// <summary>-(a - b) = b - a, -sum(a - b) = sum(b - a), -A(b - c) = A(c - b), when at least half the terms are negative.</summary>
    public static Expr? NegatedInside(Scale s)
    {
        if (s.Coefficient is not Const { Value: < 0 } k) return null;
        var (sum, wrap) = s.Body switch
        {
            Add a => (a, (Func<Expr, Expr>)(x => x)),
            Sum { Arg: Add a } => (a, Ex.Sum),
            Trace { Arg: Add a } => (a, Ex.Trace),
            Inner { Left: Add a } i => (a, x => Ex.Inner(x, i.Right)),
            MatMul m when m.Factors.Count(f => f is Add) == 1 =>
                ((Add)m.Factors.First(f => f is Add), x => Ex.MatMul(m.Factors.Select(f => f is Add ? x : f))),
            _ => ((Add?)null, (Func<Expr, Expr>?)null),
        };
        if (sum is null || wrap is null) return null;
        // Flip only when at least half the terms are negative, so the flip never adds minus signs.
        if (sum.Terms.Count(t => Monomial.Of(t).K < 0) * 2 < sum.Terms.Count) return null;
        var negated = AddRules.Collect(sum.Terms.Select(Ex.Neg), sum.Shape);
        return Ex.Scale(Ex.Num(-k.Value), wrap(negated));
    }
}
