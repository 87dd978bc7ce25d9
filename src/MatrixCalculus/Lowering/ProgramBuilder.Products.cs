using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Lowering;

// Products: the order of multiplication, diag as scaling, transposes read in place, rank-one
// terms kept as two vectors, and sums with such terms distributed.
public sealed partial class ProgramBuilder
{
    private Operand LowerProduct(MatMul m)
    {
        // u'M = (M'u)': a row is computed as the column it transposes, so X's and s'X share one slot.
        if (m.Shape.IsRow)
            return Lower(Ex.MatMul(m.Factors.AsArray().Reverse().Select(Transposed))).Flipped;
        // A (diag(s) - ss') B = A diag(s) B - (As)(s'B): the N×N middle is never built.
        if (Distributed(m) is { } sum) return Lower(sum);
        var factors = m.Factors.AsArray();
        var order = ChainOrder.Split(factors.Select(Estimate).ToArray());
        int split = order.Split(0, factors.Length - 1);
        var left = Chain(m, factors[..(split + 1)]);
        var right = Chain(m, factors[(split + 1)..]);
        return Multiply(m, left, right) switch
        {
            DiagonalItem d => Fresh(m, d.Vector, (target, v) => new DiagonalMatrix(target, m, v)),
            PermutationItem p => Built(m, p).Operand,
            DenseItem dense => dense.Operand,
            _ => throw new InvalidOperationException("a product item of no kind."),
        };
    }

    /// <summary>The product of a run of factors: one factor as it is, several as their (shared) product.</summary>
    private ProductItem Chain(MatMul whole, IReadOnlyList<Expr> factors)
    {
        if (factors.Count == 1) return Item(factors[0]);
        if (factors.All(f => DiagonalOf(f) is not null && f is not Identity) || factors.All(IsPermutation))
            return factors.Select(Item).Aggregate((l, r) => Multiply(whole, l, r));
        return new DenseItem(Lower(new MatMul(factors.ToSeq())));
    }

    private ProductItem Item(Expr factor) => factor switch
    {
        DiagMatrix or Transpose { Arg: DiagMatrix } => new DiagonalItem(Plain(DiagonalOf(factor)!)),
        Commutation or Transpose { Arg: Commutation } => PermutationOf(factor),
        _ => new DenseItem(Lower(factor)),
    };

    // diag(u) diag(v) = diag(u ⊙ v); diag(d) M scales rows; M diag(d) scales columns; u v' is an
    // outer product of two vectors; anything else a product reading transposed operands in place.
    private ProductItem Multiply(MatMul whole, ProductItem left, ProductItem right) => (left, right) switch
    {
        // K M and M K gather rows or columns; K K stays a permutation; a diag beside K is built
        (PermutationItem l, PermutationItem r) => new PermutationItem([.. l.Matrices, .. r.Matrices]),
        (PermutationItem p, DenseItem r) => Gathered(whole, p, r),
        (DenseItem l, PermutationItem p) => Gathered(whole, l, p),
        (PermutationItem p, DiagonalItem d) => Gathered(whole, p, Built(whole, d)),
        (DiagonalItem d, PermutationItem p) => Gathered(whole, Built(whole, d), p),
        (DiagonalItem l, DiagonalItem r) => new DiagonalItem(Emit(l.Vector.Shape, target => new HadamardProduct(target, whole, l.Vector, r.Vector))),
        (DiagonalItem l, DenseItem r) => Dense(Shape(r.Operand), target => new ScaleRows(target, whole, l.Vector, r.Operand.Slot, r.Operand.Transposed)),
        (DenseItem l, DiagonalItem r) => Dense(Shape(l.Operand), target => new ScaleColumns(target, whole, l.Operand.Slot, l.Operand.Transposed, r.Vector)),
        (DenseItem l, DenseItem r) when Shape(l.Operand).Cols.IsOne && !Shape(l.Operand).Rows.IsOne && !Shape(r.Operand).Cols.IsOne =>
            Dense(new Shape(Shape(l.Operand).Rows, Shape(r.Operand).Cols), target => new OuterProduct(target, whole, l.Operand.Slot, r.Operand.Slot)),
        (DenseItem l, DenseItem r) => Dense(new Shape(Shape(l.Operand).Rows, Shape(r.Operand).Cols),
            target => new MatrixProduct(target, whole, l.Operand.Slot, l.Operand.Transposed, r.Operand.Slot, r.Operand.Transposed)),
        _ => throw new InvalidOperationException("a product item of no kind."),
    };

    // A' without the smart constructor's S' = S for a symmetric symbol: a map's direction V is
    // declared symmetric with its variable, yet is evaluated at every (non-symmetric) basis matrix.
    private static Expr Transposed(Expr e) => e switch
    {
        Transpose t => t.Arg,
        _ when e.Shape.IsScalar => e,
        _ => new Transpose(e),
    };

    private DenseItem Dense(Shape shape, Func<Slot, Instruction> make) => new(new Operand(Emit(shape, make), false));

    private static Shape Shape(Operand o) => o.Transposed ? o.Slot.Shape.T : o.Slot.Shape;

    // A K is estimated as a dense factor, though a product with it is a gather: were it cheap as a
    // diagonal, K diag(z) would be grouped first and come out a dense matrix (a run of K's alone
    // stays a permutation anyway, see Chain).
    private static ChainOrder.Factor Estimate(Expr factor) =>
        new(ChainOrder.Size(factor.Shape.Rows), ChainOrder.Size(factor.Shape.Cols),
            factor is DiagMatrix or Transpose { Arg: DiagMatrix });

    /// <summary>
    /// The product with its first factor that is a sum holding a diag, an identity or a rank-one
    /// term distributed over that sum; null when there is none.
    /// </summary>
    private static Expr? Distributed(MatMul m)
    {
        var factors = m.Factors.AsArray();
        for (int i = 0; i < factors.Length; i++)
        {
            if (factors[i] is not Add sum || !sum.Terms.Any(Structured)) continue;
            var before = factors[..i];
            var after = factors[(i + 1)..];
            return Ex.Add(sum.Terms.Select(term => Ex.MatMul([.. before, term, .. after])));
        }
        return null;
    }

    private static bool Structured(Expr term) =>
        DiagonalOf(term) is not null || RankOne(term);

    // A product with an inner dimension of 1 (u v', (As)(s'B)) is rank one.
    private static bool RankOne(Expr term) => term switch
    {
        Scale s => RankOne(s.Body),
        Divide d => RankOne(d.Numerator),
        MatMul m => m.Factors.AsArray()[..^1].Any(f => f.Shape.Cols.IsOne),
        _ => false,
    };

    private abstract record ProductItem;
    private sealed record DenseItem(Operand Operand) : ProductItem;
    /// <summary>diag(Vector), kept as its vector.</summary>
    private sealed record DiagonalItem(Slot Vector) : ProductItem;
    /// <summary>K₁ K₂ … (commutation matrices), kept as their sizes: a product with them is a gather.</summary>
    private sealed record PermutationItem(System.Collections.Immutable.ImmutableArray<Commutation> Matrices) : ProductItem;
}
