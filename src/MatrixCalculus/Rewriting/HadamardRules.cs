using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>⊙ is commutative and associative: its factors compare as a multiset.</summary>
internal static class HadamardRules
{
    public static List<Expr> Factors(Expr e)
    {
        var factors = new List<Expr>();
        Collect(e);
        return factors;
        void Collect(Expr x)
        {
            if (x is Hadamard h) { Collect(h.Left); Collect(h.Right); }
            else factors.Add(x);
        }
    }

    public static Expr Product(IEnumerable<Expr> factors) => factors.Aggregate(Ex.Hadamard);

    public static string OrderInsensitiveKey(Expr e) => e is Hadamard
        ? "⊙(" + string.Join(",", Factors(e).Select(CanonicalKey.Of).Order(StringComparer.Ordinal)) + ")"
        : CanonicalKey.Of(e);

    /// <summary>(A ⊙ B) ./ B = A: a divisor that is a factor of the numerator cancels.</summary>
    public static Expr? Cancel(HadamardDivide q)
    {
        // Peel scalar coefficients: (s (A ⊙ B)) ./ B = s A.
        var coefficients = new List<Expr>();
        var body = q.Left;
        while (body is Scale s) { coefficients.Add(s.Coefficient); body = s.Body; }
        var factors = Factors(body);
        var at = factors.IndexOf(q.Right);
        if (at < 0 || factors.Count < 2) return null;
        factors.RemoveAt(at);
        return Ex.MatMul([.. coefficients, Product(factors)]);
    }

    /// <summary>(A + B) ⊙ C = A ⊙ C + B ⊙ C: one level of distribution, or null if no factor is a sum.</summary>
    public static Expr? Distribute(Expr term)
    {
        var coefficient = term is Scale s ? s.Coefficient : null;
        var body = coefficient is null ? term : ((Scale)term).Body;
        if (body is not Hadamard) return null;
        var factors = Factors(body);
        var at = factors.FindIndex(f => f is Add);
        if (at < 0) return null;
        var sum = (Add)factors[at];
        var expanded = Ex.Add(sum.Terms.Select(t => Product(factors.Select((f, i) => i == at ? t : f))));
        return coefficient is null ? expanded : Ex.Scale(coefficient, expanded);
    }

    /// <summary>a ⊙ b - a ⊙ c = a ⊙ (b - c): the ⊙ factors every term of a sum has come out (each term keeps one).</summary>
    public static Expr? CommonFactor(Add sum)
    {
        if (sum.Shape.IsScalar) return null;
        var monomials = sum.Terms.Select(Monomial.Of).ToList();
        if (monomials.Any(m => m.Body is not Hadamard || m.Num.Count > 0 || m.Den.Count > 0)) return null;
        var factorLists = monomials.Select(m => Factors(m.Body!)).ToList();
        var common = new List<Expr>();
        foreach (var f in factorLists[0].ToList())
        {
            if (!factorLists.All(list => list.Contains(f))) continue;
            common.Add(f);
            foreach (var list in factorLists) list.Remove(f);
        }
        if (common.Count == 0 || factorLists.Any(list => list.Count == 0)) return null;
        var rest = Ex.Add(monomials.Select((m, i) => Ex.Scale(Ex.Num(m.K), Product(factorLists[i]))));
        return Ex.Hadamard(Product(common), rest);
    }
}
