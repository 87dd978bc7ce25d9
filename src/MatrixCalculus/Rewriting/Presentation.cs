using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>
/// Last touches for display, applied once to a finished result (never inside the fixed point,
/// where they would fight the rules that push transposes down): transposes gathered where that
/// leaves fewer of them, and a scalar inner product written inside the product it scales.
/// </summary>
public static class Presentation
{
    public static Expr Present(Expr e) => e.Postwalk(node => node switch
    {
        Add a when FoldedTranspose(a) is { } folded => folded,
        Scale s when InnerProductInside(s) is { } inside => inside,
        _ => node,
    });

    /// <summary>x' - μ' = (x - μ)': one transpose instead of one per term.</summary>
    private static Expr? FoldedTranspose(Add sum)
    {
        if (sum.Shape.IsScalar) return null;
        var inner = new List<Expr>();
        foreach (var term in sum.Terms)
        {
            var (coefficient, body) = term is Scale s ? (s.Coefficient, s.Body) : (null, term);
            if (body is not Transpose t) return null;
            inner.Add(coefficient is null ? t.Arg : Ex.Scale(coefficient, t.Arg));
        }
        return new Transpose(Ex.Add(inner));
    }

    /// <summary>(b'x)a = ab'x: the scalar b'x joins the product as an outer product with a column a.</summary>
    private static Expr? InnerProductInside(Scale s)
    {
        if (s.Coefficient is not MatMul { Factors.Count: 2 } inner || !inner.Factors[0].Shape.IsRow) return null;
        if (!s.Body.Shape.IsColumn || s.Body is Scale) return null;
        // x'b reads better as b'x when b is the constant and x the symbol it multiplies: keep the order written.
        return new MatMul([.. Factors(s.Body), .. inner.Factors]);
    }

    private static IEnumerable<Expr> Factors(Expr e) => e is MatMul m ? m.Factors : [e];
}
