using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Lowering;

// Sums. diag(v) and I inside a sum are added onto the diagonal of the other terms
// (M + diag(v): n additions, where a dense diag(v) would be n² entries built and added).
public sealed partial class ProgramBuilder
{
    private Operand LowerSum(Add a)
    {
        var dense = new List<Expr>();
        var diagonals = new List<Expr>();
        foreach (var term in a.Terms)
        {
            if (DiagonalOf(term) is { } onDiagonal) diagonals.Add(onDiagonal);
            else dense.Add(term);
        }
        if (diagonals.Count == 0) return new(Combined(a, dense), false);
        // c₁ diag(v₁) + c₂ diag(v₂) + c₃ I = diag(c₁v₁ + c₂v₂ + c₃1)
        var diagonal = Plain(Ex.Add(diagonals));
        if (dense.Count == 0) return Fresh(a, diagonal, (target, d) => new DiagonalMatrix(target, a, d));
        var rest = Combined(dense.Count == a.Terms.Count ? a : Ex.Add(dense), dense);
        return Fresh(a, (rest, diagonal), (target, o) => new AddDiagonal(target, a, o.rest, o.diagonal));
    }

    private Slot Combined(Expr source, IReadOnlyList<Expr> terms)
    {
        if (terms.Count == 1) return Plain(terms[0]);
        var slots = terms.Select(Plain).ToArray();
        return Emit(source.Shape, target => new Combine(target, source, [.. slots]));
    }

    /// <summary>The diagonal of a term that is c·diag(v) or c·I (as a column), or null.</summary>
    internal static Expr? DiagonalOf(Expr term) => term switch
    {
        DiagMatrix d => d.Vector,
        Transpose { Arg: DiagMatrix d } => DiagonalOf(d),
        Identity i => new Ones(Semantics.Shape.Column(i.N)),
        Scale s when DiagonalOf(s.Body) is { } inner => Ex.Scale(s.Coefficient, inner),
        Divide d when DiagonalOf(d.Numerator) is { } inner => Ex.Divide(inner, d.Denominator),
        _ => null,
    };
}
