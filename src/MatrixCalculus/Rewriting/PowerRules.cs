using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>Powers of powers; each rule returns null where it does not apply.</summary>
internal static class PowerRules
{
    /// <summary>
    /// ((X²)²)² = X⁸ and (A⁻¹)ᵏ = A⁻ᵏ for a matrix (integer exponents multiply); for a scalar,
    /// (s^a)^b = s^(ab) where <see cref="ScalarPower.Split"/> allows it.
    /// </summary>
    public static Expr? Nested(Power p)
    {
        if (p.Exponent is not Const k) return null;
        if (p.Base.Shape.IsScalar)
        {
            var (b, e) = ScalarPower.Split(p);
            return b.Equals(p.Base) ? null : Ex.Power(b, Ex.Num(e));
        }
        return p.Base switch
        {
            Power { Exponent: Const j } inner => Ex.Power(inner.Base, Ex.Num(j.Value * k.Value)),
            Inverse i => Ex.Power(i.Arg, Ex.Num(-k.Value)),
            _ => null,
        };
    }

    /// <summary>(A^k)⁻¹ = A^-k.</summary>
    public static Expr? InverseOfPower(Inverse i) =>
        i.Arg is Power { Exponent: Const k } p && !p.Base.Shape.IsScalar ? Ex.Power(p.Base, Ex.Num(-k.Value)) : null;
}
