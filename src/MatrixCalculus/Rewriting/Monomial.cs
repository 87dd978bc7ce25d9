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
    /// <summary>The monomial of a term, worked out once per node: the simplifier asks for the same
    /// subterms' monomials at every level, cubic in the depth of a chain such as log log … log x.</summary>
    public static Monomial Of(Expr e) => Known.GetValue(e, Read);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Expr, Monomial> Known = new();

    private static Monomial Read(Expr e) => e switch
    {
        Const c => new(c.Value, [], [], null),
        Scale s => Of(s.Coefficient).Times(Of(s.Body)),
        Divide d => Of(d.Numerator).Over(Of(d.Denominator)),
        // (c s)^k = c^k s^k for a constant c: (2||x||^(1/2))² = 4||x||
        Power { Base: Scale { Coefficient: Const c } s, Exponent: Const k } when s.Body.Shape.IsScalar && (c.Value > 0 || ScalarPower.IsInteger(k.Value)) =>
            new Monomial(Math.Pow(c.Value, k.Value), [], [], null).Times(Of(Ex.Power(s.Body, k))),
        _ when e.Shape.IsScalar => new(1, [e], [], null),
        _ => new(1, [], [], e),
    };

    public Monomial Times(Monomial o) =>
        new Monomial(K * o.K, Num.AddRange(o.Num), Den.AddRange(o.Den), Body ?? o.Body).Cancel();

    public Monomial Over(Monomial o)
    {
        var den = Den.AddRange(o.Num);
        if (o.Body is not null) den = den.Add(o.Body);
        return new Monomial(K / o.K, Num.AddRange(o.Den), den, Body).Cancel();
    }

    /// <summary>
    /// Powers of one base merge: a·c / (b·c) = a / b, s·s² = s³, s^(3/2)/s^(1/2) = s, (s^(1/2))² = s;
    /// a negative total moves to the other side (x/s^-2 = s²x). And exp(t)/(1 + exp(t)) = σ(t).
    /// </summary>
    private Monomial Cancel()
    {
        var order = new List<string>();
        var powers = new Dictionary<string, (Expr Base, double Exponent)>(StringComparer.Ordinal);
        void Add(Expr factor, double sign)
        {
            var (b, k) = ScalarPower.Split(factor);
            var key = CanonicalKey.Of(b);
            if (powers.TryGetValue(key, out var p)) powers[key] = (p.Base, p.Exponent + sign * k);
            else { powers[key] = (b, sign * k); order.Add(key); }
        }
        foreach (var f in Num) Add(f, 1);
        foreach (var f in Den) Add(f, -1);
        Logistic(order, powers);
        var num = ImmutableList.CreateBuilder<Expr>();
        var den = ImmutableList.CreateBuilder<Expr>();
        foreach (var (b, k) in order.Select(key => powers[key]))
            if (k > 0) num.Add(Ex.Power(b, Ex.Num(k)));
            else if (k < 0) den.Add(Ex.Power(b, Ex.Num(-k)));
        return this with { Num = num.ToImmutable(), Den = den.ToImmutable() };
    }

    /// <summary>exp(t)^j / (1 + exp(t))^k = σ(t)^m exp(t)^(j-m) / (1 + exp(t))^(k-m), m = min(j, k): σ(t) = exp(t)/(1 + exp(t)).</summary>
    private static void Logistic(List<string> order, Dictionary<string, (Expr Base, double Exponent)> powers)
    {
        foreach (var key in order.ToList())
        {
            var (b, k) = powers[key];
            if (k >= 0 || b is not Terms.Add { Terms: [var first, var second] }) continue;
            var e = first is Const { Value: 1 } ? second : second is Const { Value: 1 } ? first : null;
            if (e is not Apply { Function: ElementFunction.Exp } exp) continue;
            var expKey = CanonicalKey.Of(exp);
            if (!powers.TryGetValue(expKey, out var top) || top.Exponent <= 0) continue;
            var m = Math.Min(top.Exponent, -k);
            powers[expKey] = (top.Base, top.Exponent - m);
            powers[key] = (b, k + m);
            var sigma = Ex.Apply(ElementFunction.Sigmoid, exp.Arg);
            var sigmaKey = CanonicalKey.Of(sigma);
            if (powers.TryGetValue(sigmaKey, out var existing)) powers[sigmaKey] = (sigma, existing.Exponent + m);
            else { powers[sigmaKey] = (sigma, m); order.Insert(order.IndexOf(expKey), sigmaKey); }
        }
    }

    /// <summary>Two monomials are like terms when they differ at most in K.</summary>
    public string LikeKey => string.Join(" ", Num.Select(CanonicalKey.Of).Order(StringComparer.Ordinal)) + " / "
        + string.Join(" ", Den.Select(CanonicalKey.Of).Order(StringComparer.Ordinal)) + " | "
        + (Body is null ? "" : HadamardRules.OrderInsensitiveKey(Body));

    // p/q with q ≤ 4, exactly as the parser reads the literal p/q
    private static (double, double)? SmallFraction(double k)
    {
        if (k <= 0 || k == Math.Floor(k)) return null;
        for (int q = 2; q <= 4; q++)
            if (Math.Round(k * q) is var p && p / q == k) return (p, q);
        return null;
    }

    /// <summary>The scalar factors every monomial has (with the least exponent), K = 1: σ of σ and σ².</summary>
    public static Monomial CommonFactors(IReadOnlyList<Monomial> all)
    {
        ImmutableList<Expr> Shared(Func<Monomial, ImmutableList<Expr>> side)
        {
            var result = ImmutableList<Expr>.Empty;
            foreach (var factor in side(all[0]))
            {
                var (b, k) = ScalarPower.Split(factor);
                var least = k;
                foreach (var m in all.Skip(1))
                {
                    var match = side(m).Select(ScalarPower.Split).Where(p => p.Base.Equals(b)).Select(p => p.Exponent).DefaultIfEmpty(0).First();
                    least = Math.Min(least, match);
                }
                if (least > 0) result = result.Add(Ex.Power(b, Ex.Num(least)));
            }
            return result;
        }
        return new Monomial(1, Shared(m => m.Num), Shared(m => m.Den), null);
    }

    public Monomial WithK(double k) => this with { K = k };

    /// <summary>
    /// Back to a term: (k/N) B when the denominator is symbols only, as the notes print
    /// <c>(2/N)X'(Xw - y)</c>; k·B/d otherwise, as in <c>2Ax/&lt;x, Ax&gt;</c>.
    /// </summary>
    public Expr ToExpr()
    {
        // k(-a - b) = -k(a + b): a sum of negative terms gives its sign to the coefficient
        if (Body is Add sum && sum.Terms.All(t => Of(t).K < 0))
            return (this with { K = -K, Body = Ex.Add(sum.Terms.Select(Ex.Neg)) }).ToExpr();
        if (Den.Count == 0)
        {
            var product = Num.Aggregate((Expr)Ex.Num(K), (acc, f) => Ex.MatMul(acc, f));
            return Body is null ? product : Ex.MatMul(product, Body);
        }
        // A negative fraction is the negation of a positive one, so that a sum prints a - 4xx'/t²
        if (K < 0) return Ex.Neg((this with { K = -K }).ToExpr());
        // (3/2)x/s = 3x/(2s): an exact fraction's denominator joins the denominator
        var (p, q) = SmallFraction(K) ?? (K, 1);
        var numerator = Num.Aggregate((Expr)Ex.Num(p), (acc, f) => Ex.MatMul(acc, f));
        var denominator = Ex.Scale(Ex.Num(q), Ex.MatMul(Den));
        if (Body is null) return Ex.Divide(numerator, denominator);
        if (Den.All(d => d is Var) && Num.Count == 0)
            return Ex.Scale(Ex.Divide(Ex.Num(p), denominator), Body);
        return Ex.Divide(Ex.MatMul(numerator, Body), denominator);
    }
}
