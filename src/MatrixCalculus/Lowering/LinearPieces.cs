using MatrixCalculus.Terms;

namespace MatrixCalculus.Lowering;

/// <summary>
/// A term linear in a direction V as a sum of Kronecker-structured pieces, each made of terms free
/// of V (see <see cref="MapTerm"/> for their matrices). Null where a piece has no such form
/// (V under vec, ⊗, or a transposed ⊙): the map is then assembled one direction at a time.
/// </summary>
public static class LinearPieces
{
    /// <summary>Coefficient · L op(V) R, with L, R null for the identity.</summary>
    public sealed record Sandwich(Expr Coefficient, Expr? Left, bool Transposed, Expr? Right) : Piece(Coefficient);
    /// <summary>Coefficient · ⟨Input, V⟩ Output.</summary>
    public sealed record RankOne(Expr Coefficient, Expr Output, Expr Input) : Piece(Coefficient);
    /// <summary>Coefficient · (Weights ⊙ V).</summary>
    public sealed record Entrywise(Expr Coefficient, Expr Weights) : Piece(Coefficient);
    public abstract record Piece(Expr Coefficient);

    /// <summary>
    /// The gradient G of a scalar <paramref name="scalar"/> linear in <paramref name="w"/>:
    /// scalar = ⟨G, W⟩, G free of W; null when the pieces have no closed form.
    /// </summary>
    public static Expr? Gradient(Expr scalar, Var w) =>
        Forms(Of(scalar, w), Ex.One) is { } forms
            ? Ex.Add(forms.Cast<RankOne>().Select(r => Ex.Scale(r.Coefficient, r.Input)).DefaultIfEmpty(Ex.ZeroOf(w.Shape)))
            : null;

    public static List<Piece>? Of(Expr e, Var v)
    {
        if (!e.Contains(v)) return e is Zero ? [] : null; // a map linear in V has no constant part
        switch (e)
        {
            case Var when e.Equals(v):
                return [new Sandwich(Ex.One, null, false, null)];
            // L(A + B) = L(A) + L(B)
            case Add a:
                var all = new List<Piece>();
                foreach (var term in a.Terms)
                    if (Of(term, v) is { } pieces) all.AddRange(pieces); else return null;
                return all;
            case Transpose t:
                return Each(Of(t.Arg, v), Transposed);
            case Scale s when !s.Coefficient.Contains(v):
                return Each(Of(s.Body, v), p => p with { Coefficient = Ex.Scale(s.Coefficient, p.Coefficient) });
            // c(V) M with c a scalar linear in V: ⟨C, V⟩ M
            case Scale s when !s.Body.Contains(v):
                return Forms(Of(s.Coefficient, v), Ex.One, (coefficient, input) => new RankOne(coefficient, s.Body, input));
            case Divide d when !d.Denominator.Contains(v):
                return Each(Of(d.Numerator, v), p => p with { Coefficient = Ex.Divide(p.Coefficient, d.Denominator) });
            case MatMul m:
                return Product(m, v);
            // tr(P) = ⟨I, P⟩, Σ P = ⟨1, P⟩
            case Trace t:
                return Scalar(Forms(Of(t.Arg, v), Ex.Eye(t.Arg.Shape.Rows)));
            case Sum s:
                return Scalar(Forms(Of(s.Arg, v), Ex.OnesOf(s.Arg.Shape)));
            case Inner i when !i.Left.Contains(v):
                return Scalar(Forms(Of(i.Right, v), i.Left));
            case Inner i when !i.Right.Contains(v):
                return Scalar(Forms(Of(i.Left, v), i.Right));
            // W ⊙ V
            case Hadamard h when !h.Left.Contains(v):
                return Each(Of(h.Right, v), p => Weighted(p, h.Left));
            case Hadamard h when !h.Right.Contains(v):
                return Each(Of(h.Left, v), p => Weighted(p, h.Right));
            case HadamardDivide h when !h.Right.Contains(v):
                return Each(Of(h.Left, v), p => Weighted(p, Ex.HadamardDivide(Ex.OnesOf(h.Right.Shape), h.Right)));
            default:
                return null;
        }
    }

    // (c L op(V) R)' = c R' op(V)' L'; (⟨C, V⟩ M)' = ⟨C, V⟩ M'
    private static Piece? Transposed(Piece p) => p switch
    {
        Sandwich s => new Sandwich(s.Coefficient, Transpose(s.Right), !s.Transposed, Transpose(s.Left)),
        RankOne r => r with { Output = Ex.Transpose(r.Output) },
        _ => null,
    };

    // A (c L op(V) R) B = c (AL) op(V) (RB); A (⟨C, V⟩ M) B = ⟨C, V⟩ AMB
    private static List<Piece>? Product(MatMul m, Var v)
    {
        var factors = m.Factors.AsArray();
        var holding = Enumerable.Range(0, factors.Length).Where(i => factors[i].Contains(v)).ToList();
        if (holding.Count != 1) return null; // a product of two factors holding V is not linear
        int k = holding[0];
        Expr? before = k == 0 ? null : Ex.MatMul(factors[..k]);
        Expr? after = k == factors.Length - 1 ? null : Ex.MatMul(factors[(k + 1)..]);
        return Each(Of(factors[k], v), p => p switch
        {
            Sandwich s => s with { Left = Times(before, s.Left), Right = Times(s.Right, after) },
            RankOne r => r with { Output = Times(Times(before, r.Output), after)! },
            Entrywise when before is null && after is null => p,
            _ => null,
        });
    }

    // (c W₁ ⊙ V) ⊙ W = c (W ⊙ W₁) ⊙ V; V ⊙ W = W ⊙ V.
    private static Piece? Weighted(Piece p, Expr weights) => p switch
    {
        Entrywise e => e with { Weights = Ex.Hadamard(weights, e.Weights) },
        Sandwich { Left: null, Transposed: false, Right: null } s => new Entrywise(s.Coefficient, weights),
        _ => null,
    };

    /// <summary>
    /// Each piece P as the scalar linear form ⟨M, P(V)⟩ = ⟨C, V⟩, and make(coefficient, C):
    /// ⟨M, L V R⟩ = ⟨L'MR', V⟩, ⟨M, L V' R⟩ = ⟨RM'L, V⟩, ⟨M, ⟨C, V⟩ N⟩ = ⟨M, N⟩⟨C, V⟩, ⟨M, W ⊙ V⟩ = ⟨M ⊙ W, V⟩.
    /// </summary>
    private static List<Piece>? Forms(List<Piece>? pieces, Expr m, Func<Expr, Expr, Piece>? make = null)
    {
        make ??= (coefficient, input) => new RankOne(coefficient, Ex.One, input);
        return Each(pieces, p => p switch
        {
            Sandwich { Transposed: false } s => make(s.Coefficient, Ex.MatMul(Transpose(s.Left) ?? Ex.One, m, Transpose(s.Right) ?? Ex.One)),
            Sandwich s => make(s.Coefficient, Ex.MatMul(s.Right ?? Ex.One, Ex.Transpose(m), s.Left ?? Ex.One)),
            RankOne r => make(Ex.Scale(Ex.Inner(m, r.Output), r.Coefficient), r.Input),
            Entrywise e => make(e.Coefficient, Ex.Hadamard(m, e.Weights)),
            _ => null,
        });
    }

    // A scalar term's pieces are already scalar forms; nothing to do but keep the type.
    private static List<Piece>? Scalar(List<Piece>? pieces) => pieces;

    private static List<Piece>? Each(List<Piece>? pieces, Func<Piece, Piece?> map)
    {
        if (pieces is null) return null;
        var result = new List<Piece>(pieces.Count);
        foreach (var piece in pieces)
            if (map(piece) is { } mapped) result.Add(mapped); else return null;
        return result;
    }

    private static Expr? Transpose(Expr? e) => e is null ? null : Ex.Transpose(e);

    private static Expr? Times(Expr? a, Expr? b) => a is null ? b : b is null ? a : Ex.MatMul(a, b);
}
