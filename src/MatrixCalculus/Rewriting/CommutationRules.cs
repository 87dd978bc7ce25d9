using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>
/// The laws of the commutation matrix K_{m,n} (K vec(A) = vec(Aᵀ) for an m×n A; Magnus and
/// Neudecker, ch. 3). Every rule removes a K (or a transpose or a power of one) and adds none, so
/// they cannot undo one another or loop; the general swap (A ⊗ B) = K_{p,m}(B ⊗ A)K_{n,q} is used
/// only in the direction that shortens.
/// </summary>
internal static class CommutationRules
{
    // K_{m,n}ᵀ = K_{n,m}  (a permutation matrix: its transpose is its inverse)
    public static Expr? Transposed(Transpose t) => t.Arg is Commutation k ? Ex.Commutation(k.N, k.M) : null;

    // K_{m,n}⁻¹ = K_{n,m}
    public static Expr? Inverted(Inverse i) => i.Arg is Commutation k ? Ex.Commutation(k.N, k.M) : null;

    // K_{n,n}^j = I for even j, K_{n,n} for odd j  (K_{n,n}² = I); K_{m,n}^-1 = K_{n,m}
    public static Expr? Power(Power p)
    {
        if (p is not { Base: Commutation k, Exponent: Const { Value: var j } } || j != Math.Floor(j)) return null;
        if (k.M == k.N) return Math.Abs(j) % 2 == 0 ? Ex.Eye(p.Shape.Rows) : k;
        return j == -1 ? Ex.Commutation(k.N, k.M) : null;
    }

    /// <summary>The first neighbouring factors of a product that one of the laws below shortens.</summary>
    public static Expr? Product(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i + 1 < f.Count; i++)
        {
            // K_{p,m} (A ⊗ B) K_{n,q} = B ⊗ A   for A m×n, B p×q
            if (i + 2 < f.Count && f[i] is Commutation left && f[i + 1] is Kron k && f[i + 2] is Commutation right
                && SwapsRows(left, k) && SwapsCols(k, right))
                return Replace(f, i, 3, Ex.Kron(k.Right, k.Left));
            if (Pair(f[i], f[i + 1]) is { } shorter) return Replace(f, i, 2, shorter);
        }
        return null;
    }

    private static Expr? Pair(Expr a, Expr b) => (a, b) switch
    {
        // K_{m,n} K_{n,m} = I_{mn}
        (Commutation k, Commutation l) when k.M == l.N && k.N == l.M => Ex.Eye(a.Shape.Rows),
        // K_{m,n} vec(A) = vec(Aᵀ)   for A m×n
        (Commutation k, Vec v) when v.Arg.Shape == new Shape(k.M, k.N) => Ex.Vec(Ex.Transpose(v.Arg)),
        // vec(A)ᵀ K_{m,n} = (K_{n,m} vec(A))ᵀ = vec(Aᵀ)ᵀ   for A n×m
        (Transpose { Arg: Vec v }, Commutation k) when v.Arg.Shape == new Shape(k.N, k.M) => Ex.Transpose(Ex.Vec(Ex.Transpose(v.Arg))),
        // K_{p,m} (A ⊗ B) = (B ⊗ A) K_{q,n} = B ⊗ A   when A m×n, B p×q and n or q is 1 (K_{q,1} = K_{1,n} = I)
        (Commutation k, Kron x) when SwapsRows(k, x) && (x.Left.Shape.Cols.IsOne || x.Right.Shape.Cols.IsOne) => Ex.Kron(x.Right, x.Left),
        // (A ⊗ B) K_{n,q} = K_{m,p} (B ⊗ A) = B ⊗ A   when A m×n, B p×q and m or p is 1
        (Kron x, Commutation k) when SwapsCols(x, k) && (x.Left.Shape.Rows.IsOne || x.Right.Shape.Rows.IsOne) => Ex.Kron(x.Right, x.Left),
        _ => null,
    };

    // K_{p,m} before A ⊗ B with A m×·, B p×·
    private static bool SwapsRows(Commutation k, Kron x) => k.M == x.Right.Shape.Rows && k.N == x.Left.Shape.Rows;

    // A ⊗ B before K_{n,q} with A ·×n, B ·×q
    private static bool SwapsCols(Kron x, Commutation k) => k.M == x.Left.Shape.Cols && k.N == x.Right.Shape.Cols;

    /// <summary>
    /// tr(K_{m,n}(C ⊗ D)) = tr(CD) for C n×m, D m×n (either order inside the trace, by cyclicity),
    /// also over a sum of such products, as the differential of tr(K(X ⊗ X)) writes them:
    /// tr(K(C ⊗ D + s E ⊗ F)) = tr(CD) + s tr(EF). tr(K_{m,n}) = 1 + gcd(m - 1, n - 1) for known
    /// sizes (the number of entries of an m×n matrix that transposing leaves in place).
    /// </summary>
    public static Expr? Trace(Trace t)
    {
        if (t.Arg is Commutation { M: Dim.Known m, N: Dim.Known n })
            return Ex.Num(1 + (double)System.Numerics.BigInteger.GreatestCommonDivisor(m.Value - 1, n.Value - 1));
        var (k, body) = t.Arg switch
        {
            MatMul { Factors: [Commutation c, var x] } => (c, x),
            MatMul { Factors: [var x, Commutation c] } => (c, x),
            _ => (null, null),
        };
        if (k is null || body is null) return null;
        var terms = body is Add a ? a.Terms.ToList() : [body];
        var traces = terms.Select(term => TraceOfSwap(k, term)).ToList();
        return traces.All(x => x is not null) ? Ex.Add(traces!) : null;
    }

    // tr(K_{m,n}(C ⊗ D)) = tr(CD), with a scalar coefficient carried along.
    private static Expr? TraceOfSwap(Commutation k, Expr term) => term switch
    {
        Scale s => TraceOfSwap(k, s.Body) is { } inner ? Ex.Scale(s.Coefficient, inner) : null,
        Kron { Left: var c, Right: var d } when c.Shape == new Shape(k.N, k.M) && d.Shape == new Shape(k.M, k.N) => Ex.Trace(Ex.MatMul(c, d)),
        _ => null,
    };

    private static Expr Replace(Seq<Expr> factors, int at, int count, Expr with) =>
        Ex.MatMul(factors.Take(at).Append(with).Concat(factors.Skip(at + count)));
}
