using System.Collections.Immutable;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>
/// A term read as k · (n₁ n₂ …) / (d₁ d₂ …) · body: a numeric factor, scalar numerator and
/// denominator factors, and a non-scalar body (null for a scalar term). Like terms are those
/// with the same factors and body; they add by adding k.
/// </summary>
internal sealed record Monomial(double K, ImmutableList<Expr> Num, ImmutableList<Expr> Den, Expr? Body)
{
    public static Monomial Of(Expr e) => e switch
    {
        Const c => new(c.Value, [], [], null),
        Scale s => Of(s.Coefficient).Times(Of(s.Body)),
        Divide d => Of(d.Numerator).Over(Of(d.Denominator)),
        _ when e.Shape.IsScalar => new(1, [e], [], null),
        _ => new(1, [], [], e),
    };

    private Monomial Times(Monomial o) =>
        new Monomial(K * o.K, Num.AddRange(o.Num), Den.AddRange(o.Den), Body ?? o.Body).Cancel();

    private Monomial Over(Monomial o)
    {
        var den = Den.AddRange(o.Num);
        if (o.Body is not null) den = den.Add(o.Body);
        return new Monomial(K / o.K, Num.AddRange(o.Den), den, Body).Cancel();
    }

    /// <summary>a·c / (b·c) = a / b: a factor in both numerator and denominator cancels.</summary>
    private Monomial Cancel()
    {
        var num = Num;
        var den = Den;
        foreach (var d in Den)
            if (num.Contains(d)) { num = num.Remove(d); den = den.Remove(d); }
        return this with { Num = num, Den = den };
    }

    /// <summary>Two monomials are like terms when they differ at most in K.</summary>
    public string LikeKey => string.Join(" ", Num.Select(CanonicalKey.Of).Order(StringComparer.Ordinal)) + " / "
        + string.Join(" ", Den.Select(CanonicalKey.Of).Order(StringComparer.Ordinal)) + " | "
        + (Body is null ? "" : HadamardRules.OrderInsensitiveKey(Body));

    public Monomial WithK(double k) => this with { K = k };

    /// <summary>
    /// Back to a term: (k/N) B when the denominator is symbols only, as the notes print
    /// <c>(2/N)X'(Xw - y)</c>; k·B/d otherwise, as in <c>2Ax/&lt;x, Ax&gt;</c>.
    /// </summary>
    public Expr ToExpr()
    {
        var numerator = Num.Aggregate((Expr)Ex.Num(K), (acc, f) => Ex.MatMul(acc, f));
        if (Den.Count == 0) return Body is null ? numerator : Ex.MatMul(numerator, Body);
        var denominator = Ex.MatMul(Den);
        if (Body is null) return Ex.Divide(numerator, denominator);
        if (Den.All(d => d is Var) && Num.Count == 0)
            return Ex.Scale(Ex.Divide(Ex.Num(K), denominator), Body);
        return Ex.Divide(Ex.MatMul(numerator, Body), denominator);
    }
}
