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
}
