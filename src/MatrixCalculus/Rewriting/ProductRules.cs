using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>Rules on matrix products and traces; each returns null where it does not apply.</summary>
internal static class ProductRules
{
    /// <summary>A⁻¹ A = I and A A⁻¹ = I between neighbouring factors.</summary>
    public static Expr? InverseCancellation(MatMul m)
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

    /// <summary>1ᵀv = sum(v) and vᵀ1 = sum(v) for a column v: the scalar comes out in front.</summary>
    public static Expr? OnesSum(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i + 1 < f.Count; i++)
        {
            Expr? v = (f[i], f[i + 1]) switch
            {
                (Ones { Of.IsRow: true }, var c) when c.Shape.IsColumn => c,
                (var r, Ones { Of.IsColumn: true }) when r.Shape.IsRow => Ex.Transpose(r),
                _ => null,
            };
            if (v is null) continue;
            var rest = f.Where((_, j) => j != i && j != i + 1).ToList();
            return rest.Count == 0 ? Ex.Sum(v) : Ex.Scale(Ex.Sum(v), Ex.MatMul(rest));
        }
        return null;
    }

    /// <summary>diag(v) w = v ⊙ w for a column w (and w' diag(v) = (v ⊙ w)').</summary>
    public static Expr? DiagTimesVector(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i + 1 < f.Count; i++)
        {
            if (f[i] is DiagMatrix d && f[i + 1].Shape.IsColumn)
                return Replace(f, i, Ex.Hadamard(d.Vector, f[i + 1]));
            if (f[i + 1] is DiagMatrix e && f[i].Shape.IsRow)
                return Replace(f, i, Ex.Transpose(Ex.Hadamard(e.Vector, Ex.Transpose(f[i]))));
        }
        return null;
    }

    /// <summary>(I - B) v = v - B v: a sum holding I is multiplied out, since I v is just v.</summary>
    public static Expr? DistributeIdentitySum(MatMul m)
    {
        var f = m.Factors;
        int at = Enumerable.Range(0, f.Count).FirstOrDefault(i => f[i] is Add a && a.Terms.Any(t => t is Identity), -1);
        if (at < 0) return null;
        var sum = (Add)f[at];
        return Ex.Add(sum.Terms.Select(t => Ex.MatMul(f.Select((g, j) => j == at ? t : g))));
    }

    /// <summary>a'a = ||a||² where a is not a bare symbol (for a symbol, x'x is the shorter form).</summary>
    public static Expr? InnerSelf(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i + 1 < f.Count; i++)
        {
            var a = f[i + 1];
            if (!a.Shape.IsColumn || a is Var) continue;
            // The row may already have its transposes pushed down: (Ax - y)' is x'A' - y' by now.
            if (f[i].Equals(Ex.Transpose(a)) || f[i].Equals(PushedTranspose(a)))
                return Replace(f, i, Ex.Power(Ex.Norm(NormKind.Two, a), Ex.Num(2)));
        }
        return null;
    }

    private static Expr PushedTranspose(Expr a) =>
        Ex.Transpose(a).Postwalk(node => node is Transpose t ? TransposeRules.Push(t) ?? node : node);

    /// <summary>tr(F₁…Fₖ) = tr(Fᵢ…Fₖ F₁…Fᵢ₋₁): rotated so that the product is a scalar when one rotation is (tr(a b') = b'a).</summary>
    public static Expr? TraceCyclic(Trace t)
    {
        if (t.Arg is not MatMul m) return null;
        var f = m.Factors;
        for (int i = 1; i < f.Count; i++)
            if (f[i].Shape.Rows.IsOne && f[i - 1].Shape.Cols.IsOne)
                return Ex.MatMul(f.Skip(i).Concat(f.Take(i)));
        return null;
    }

    /// <summary>A A = A², A^j A^k = A^(j+k) for neighbouring powers of one square matrix.</summary>
    public static Expr? PowerCollect(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i + 1 < f.Count; i++)
        {
            var (a, j) = BaseAndExponent(f[i]);
            var (b, k) = BaseAndExponent(f[i + 1]);
            if (a.Shape.IsSquare && a.Equals(b) && (j != 1 || k != 1 || f[i].Equals(f[i + 1])))
                return j + k == 0 ? Replace(f, i, Ex.Eye(a.Shape.Rows)) : Replace(f, i, Ex.Power(a, Ex.Num(j + k)));
        }
        return null;
    }

    // A^k (any integer k) and A⁻¹ as powers of A, so A⁻¹A⁻¹ = A⁻² and A³A⁻¹ = A².
    private static (Expr Base, double Exponent) BaseAndExponent(Expr e) => e switch
    {
        Power { Exponent: Const k } p when k.Value == Math.Round(k.Value) => (p.Base, k.Value),
        Inverse i when !i.Arg.Shape.IsScalar => (i.Arg, -1),
        _ => (e, 1),
    };

    /// <summary>A (B / s) C = (A B C) / s: a division by a scalar leaves the product, so (I/t)(A + A') is (A + A')/t.</summary>
    public static Expr? DivideOut(MatMul m)
    {
        var at = m.Factors.AsArray().ToList().FindIndex(f => f is Divide);
        if (at < 0) return null;
        var d = (Divide)m.Factors[at];
        return Ex.Divide(Ex.MatMul(m.Factors.Select((f, i) => i == at ? d.Numerator : f)), d.Denominator);
    }

    /// <summary>A(-B - C) = -A(B + C): a factor whose terms are all negative gives its sign to the product.</summary>
    public static Expr? NegativeFactor(MatMul m)
    {
        var at = m.Factors.AsArray().ToList().FindIndex(f => f is Add a && a.Terms.All(t => Monomial.Of(t).K < 0));
        if (at < 0) return null;
        var positive = Ex.Add(((Add)m.Factors[at]).Terms.Select(Ex.Neg));
        return Ex.Neg(Ex.MatMul(m.Factors.Select((f, i) => i == at ? positive : f)));
    }

    /// <summary>diag(a) diag(b) = diag(a ⊙ b).</summary>
    public static Expr? DiagTimesDiag(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i + 1 < f.Count; i++)
            if (f[i] is DiagMatrix a && f[i + 1] is DiagMatrix b)
                return Replace(f, i, Ex.DiagMatrix(Ex.Hadamard(a.Vector, b.Vector)));
        return null;
    }

    private static Expr Replace(IReadOnlyList<Expr> factors, int at, Expr pair) =>
        Ex.MatMul(factors.Take(at).Append(pair).Concat(factors.Skip(at + 2)));
}
