using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>Sums of entrywise products read as inner products; each returns null where it does not apply.</summary>
internal static class InnerRules
{
    /// <summary>sum(A ⊙ B) = ⟨A, B⟩, and sum(A ⊙ B - C ⊙ D) = ⟨A, B⟩ - ⟨C, D⟩ when every term is such a product.</summary>
    public static Expr? SumOfHadamards(Sum s)
    {
        var terms = s.Arg is Add a ? a.Terms.AsArray().ToList() : [s.Arg];
        var inners = new List<Expr>();
        foreach (var term in terms)
        {
            var (coefficient, body) = term is Scale sc ? (sc.Coefficient, sc.Body) : (Ex.One, term);
            if (body is not Hadamard h) return null;
            var factors = HadamardRules.Factors(h);
            inners.Add(Ex.MatMul(coefficient, Ex.Inner(HadamardRules.Product(factors.Take(factors.Count - 1)), factors[^1])));
        }
        return Ex.Add(inners);
    }

    /// <summary>⟨A, C⟩ - ⟨B, C⟩ = ⟨A - B, C⟩ when every term of the sum is an inner product with the same right side.</summary>
    public static Expr? CommonRight(Add sum)
    {
        var parts = new List<(Expr Coefficient, Inner Inner)>();
        foreach (var term in sum.Terms)
        {
            var (coefficient, body) = term is Scale sc ? (sc.Coefficient, sc.Body) : (Ex.One, term);
            if (body is not Inner inner) return null;
            parts.Add((coefficient, inner));
        }
        var right = parts[0].Inner.Right;
        if (parts.Any(p => !p.Inner.Right.Equals(right))) return null;
        return Ex.Inner(Ex.Add(parts.Select(p => Ex.MatMul(p.Coefficient, p.Inner.Left))), right);
    }
}
