using MatrixCalculus.Rewriting;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Calculus;

/// <summary>Whether a term is symmetric by construction, and the symmetric part sym(G) = (G + Gᵀ)/2.</summary>
internal static class Symmetry
{
    public static bool IsSymmetric(Expr e)
    {
        if (!e.Shape.IsSquare) return false;
        if (e.Shape.IsScalar || Structural(e)) return true;
        // Otherwise: does its transpose, brought to canonical form, have the same terms?
        var transposed = Canonicalizer.Canonicalize(Ex.Transpose(e));
        return TermKeys(transposed).SequenceEqual(TermKeys(e));
    }

    private static bool Structural(Expr e) => e switch
    {
        Var v => v.Attributes.HasFlag(VarAttributes.Symmetric),
        Identity or DiagMatrix or Zero => true,
        Inverse i => IsSymmetric(i.Arg),
        Power p => IsSymmetric(p.Base),
        Scale s => IsSymmetric(s.Body),
        Divide d => IsSymmetric(d.Numerator),
        Apply a => IsSymmetric(a.Arg),
        Add a => a.Terms.All(IsSymmetric),
        Hadamard h => IsSymmetric(h.Left) && IsSymmetric(h.Right),
        // A₁ … Aₖ is symmetric when it reads the same backwards with every factor transposed (XᵀDX)
        MatMul m => Enumerable.Range(0, m.Factors.Count / 2).All(i => Ex.Transpose(m.Factors[i]).Equals(m.Factors[^(i + 1)]))
                    && (m.Factors.Count % 2 == 0 || IsSymmetric(m.Factors[m.Factors.Count / 2])),
        _ => false,
    };

    private static IEnumerable<string> TermKeys(Expr e) =>
        (e is Add a ? a.Terms.AsArray().AsEnumerable() : [e]).Select(CanonicalKey.Of).Order(StringComparer.Ordinal);

    /// <summary>sym(G) = (G + Gᵀ)/2; G itself when it is already symmetric.</summary>
    public static Expr SymmetricPart(Expr g) =>
        IsSymmetric(g) ? g : Canonicalizer.Canonicalize(Ex.Scale(Ex.Num(0.5), Ex.Add(g, Ex.Transpose(g))));

    /// <summary>Diag(diag(G)): the projection onto diagonal matrices; G itself when it is already diagonal.</summary>
    public static Expr DiagonalPart(Expr g) =>
        IsDiagonal(g) ? g : Canonicalizer.Canonicalize(Ex.DiagMatrix(Ex.DiagVector(g)));

    private static bool IsDiagonal(Expr e) => e switch
    {
        DiagMatrix or Identity or Zero => true,
        Var v => v.Attributes.HasFlag(VarAttributes.Diagonal),
        Inverse i => IsDiagonal(i.Arg),
        Power p => IsDiagonal(p.Base),
        Transpose t => IsDiagonal(t.Arg),
        Scale s => IsDiagonal(s.Body),
        Divide d => IsDiagonal(d.Numerator),
        Add a => a.Terms.All(IsDiagonal),
        MatMul m => m.Factors.All(IsDiagonal),
        Hadamard h => IsDiagonal(h.Left) || IsDiagonal(h.Right),
        _ => false,
    };
}
