using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>The diagonal of a matrix, diag(M); each rule returns null where it does not apply.</summary>
internal static class DiagRules
{
    public static Expr? Simplify(DiagVector d) => d.Matrix switch
    {
        // diag(u v') = u ⊙ v
        MatMul { Factors: [var u, var row] } when u.Shape.IsColumn && row.Shape.IsRow => Ex.Hadamard(u, Ex.Transpose(row)),
        // diag(M') = diag(M)
        Transpose t => Ex.DiagVector(t.Arg),
        // diag(diag(v)) = v
        DiagMatrix m => m.Vector,
        // diag(I) = 1
        Identity i => Ex.OnesOf(Shape.Column(i.N)),
        _ => null,
    };

    /// <summary>diag(a) + 2 diag(b) = diag(a + 2b): the diagonal matrices of a sum (with constant coefficients) merge.</summary>
    public static Expr? Sum(Add sum)
    {
        var diagonal = sum.Terms.Select((t, i) => (Monomial: Monomial.Of(t), Index: i))
            .Where(x => x.Monomial.Body is DiagMatrix && x.Monomial.Num.Count == 0 && x.Monomial.Den.Count == 0)
            .ToList();
        if (diagonal.Count < 2) return null;
        var merged = Ex.DiagMatrix(Ex.Add(diagonal.Select(x => Ex.Scale(Ex.Num(x.Monomial.K), ((DiagMatrix)x.Monomial.Body!).Vector))));
        var members = diagonal.Select(x => x.Index).ToHashSet();
        return Ex.Add(sum.Terms.Select((t, i) => i == diagonal[0].Index ? merged : members.Contains(i) ? null : t).OfType<Expr>());
    }
}
