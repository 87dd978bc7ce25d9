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
}
