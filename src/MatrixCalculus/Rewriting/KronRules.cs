using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>Kronecker products that are ordinary products.</summary>
internal static class KronRules
{
    /// <summary>
    /// a ⊗ b' = ab' and a' ⊗ b = ba' for columns a, b (each entry of the one scales the other):
    /// the outer product is the form every other rule (and a reader) knows.
    /// </summary>
    public static Expr? Outer(Kron k) => (k.Left.Shape, k.Right.Shape) switch
    {
        ({ IsColumn: true }, { IsRow: true }) => Ex.MatMul(k.Left, k.Right),
        ({ IsRow: true }, { IsColumn: true }) => Ex.MatMul(k.Right, k.Left),
        _ => null,
    };

    /// <summary>
    /// The mixed-product law (A ⊗ B)(C ⊗ D) = AC ⊗ BD where the products are defined, and with a
    /// plain factor M = M ⊗ 1 = 1 ⊗ M beside a Kronecker product with a vector:
    /// M(I ⊗ r') = M ⊗ r', M(r' ⊗ I) = r' ⊗ M, (I ⊗ c)M = M ⊗ c, (c ⊗ I)M = c ⊗ M.
    /// </summary>
    public static Expr? MixedProduct(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i + 1 < f.Count; i++)
            if (Pair(f[i], f[i + 1]) is { } merged)
                return Ex.MatMul(f.Take(i).Append(merged).Concat(f.Skip(i + 2)));
        return null;
    }

    private static Expr? Pair(Expr left, Expr right) => (left, right) switch
    {
        // (A ⊗ B)(C₁ ⊗ D₁ + C₂ ⊗ D₂) = AC₁ ⊗ BD₁ + AC₂ ⊗ BD₂, only when every term merges (so the
        // common-factor rule, which undoes a distribution, has nothing to take back)
        (Kron, Add sum) => Distributed(sum, term => Pair(left, term), outsideOnTheLeft: true),
        (Add sum, Kron) => Distributed(sum, term => Pair(term, right), outsideOnTheLeft: false),
        (Kron a, Kron b) when a.Left.Shape.Cols == b.Left.Shape.Rows && a.Right.Shape.Cols == b.Right.Shape.Rows =>
            Ex.Kron(Ex.MatMul(a.Left, b.Left), Ex.MatMul(a.Right, b.Right)),
        (not Kron, Kron { Left: Identity, Right: { Shape.IsRow: true } r }) => Ex.Kron(left, r),
        (not Kron, Kron { Left: { Shape.IsRow: true } r, Right: Identity }) => Ex.Kron(r, left),
        (Kron { Left: Identity, Right: { Shape.IsColumn: true } c }, not Kron) => Ex.Kron(right, c),
        (Kron { Left: { Shape.IsColumn: true } c, Right: Identity }, not Kron) => Ex.Kron(c, right),
        _ => null,
    };

    /// <summary>tr(A ⊗ B) = tr(A) tr(B) and sum(A ⊗ B) = sum(A) sum(B): each entry of A scales all of B.</summary>
    public static Expr? Reduction(Expr e) => e switch
    {
        Trace { Arg: Kron k } when k.Left.Shape.IsSquare && k.Right.Shape.IsSquare => Ex.Scale(Ex.Trace(k.Left), Ex.Trace(k.Right)),
        Sum { Arg: Kron k } => Ex.Scale(Ex.Sum(k.Left), Ex.Sum(k.Right)),
        _ => null,
    };

    // Each term of the sum is c·(C ⊗ D)·R (left) or c·L·(C ⊗ D) (right): the Kronecker product beside
    // the one outside merges with it, and the coefficient and the rest stay where they were.
    private static Expr? Distributed(Add sum, Func<Expr, Expr?> merge, bool outsideOnTheLeft)
    {
        var merged = new List<Expr>();
        foreach (var term in sum.Terms)
        {
            var (coefficient, body) = term is Scale s ? (s.Coefficient, s.Body) : (null, term);
            var factors = body is MatMul m ? m.Factors.AsArray().ToList() : [body];
            int at = outsideOnTheLeft ? 0 : factors.Count - 1;
            if (factors[at] is not Kron || merge(factors[at]) is not { } product) return null;
            factors[at] = product;
            var rebuilt = Ex.MatMul(factors);
            merged.Add(coefficient is null ? rebuilt : Ex.Scale(coefficient, rebuilt));
        }
        return Ex.Add(merged);
    }
}
