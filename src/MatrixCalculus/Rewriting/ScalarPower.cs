using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>A scalar factor read as base^exponent, for merging powers of one base.</summary>
internal static class ScalarPower
{
    /// <summary>
    /// s^k as (s, k), nested powers multiplied out: (s^a)^b = s^(ab) when b is an integer, or when
    /// s ≥ 0 (a norm, exp, σ, …), where no sign can be lost ((s²)^(1/2) = |s| is kept as it is).
    /// </summary>
    public static (Expr Base, double Exponent) Split(Expr factor)
    {
        if (factor is not Power { Exponent: Const k } p || !p.Base.Shape.IsScalar) return (factor, 1);
        var (inner, j) = Split(p.Base);
        if (j == 1 || IsInteger(k.Value) || IsNonNegative(inner)) return (inner, j * k.Value);
        return (p.Base, k.Value);
    }

    public static bool IsInteger(double v) => v == Math.Floor(v) && Math.Abs(v) < 1e15;

    public static bool IsNonNegative(Expr e) => e switch
    {
        Norm => true,
        Const c => c.Value >= 0,
        Apply a => a.Function is ElementFunction.Exp or ElementFunction.Sigmoid or ElementFunction.Softplus
            or ElementFunction.Sqrt or ElementFunction.Abs or ElementFunction.Relu,
        Power { Exponent: Const k } p => IsNonNegative(p.Base) || (IsInteger(k.Value) && k.Value % 2 == 0),
        _ => false,
    };
}
