using System.Collections.Immutable;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Lowering;

// A derivative wrt a matrix given as a map V ↦ H[V], as the matrix d vec H[V] / d vec V.
public sealed partial class ProgramBuilder
{
    private Var? loopDirection;

    /// <summary>
    /// The matrix of the linear map <paramref name="map"/> of the direction <paramref name="direction"/>:
    /// column j is vec H[E_j] for the column-major basis E_j. Assembled from Kronecker pieces
    /// (vec(AVB) = (B' ⊗ A) vec V) where the map has them, so the log det Hessian costs one
    /// inverse and n⁴ multiplications, not n² evaluations of an n³ map.
    /// </summary>
    public Slot Map(Expr map, Var direction, Expr source)
    {
        var shape = new Shape(DimOps.Times(map.Shape.Rows, map.Shape.Cols), DimOps.Times(direction.Shape.Rows, direction.Shape.Cols));
        if (LinearPieces.Of(map, direction) is not { } pieces) return PerBasis(map, direction, source, shape);
        var terms = pieces.Select(MapTermOf).ToImmutableArray();
        return Emit(shape, target => new AssembleLinearMap(target, source, direction.Shape, terms));
    }

    private MapTerm MapTermOf(LinearPieces.Piece piece)
    {
        var (constant, factor) = SplitConstant(piece.Coefficient);
        var factorSlot = factor is null ? null : Plain(factor);
        return piece switch
        {
            LinearPieces.Sandwich s => new SandwichTerm(constant, factorSlot, s.Left is null ? null : Plain(s.Left), s.Transposed, s.Right is null ? null : Plain(s.Right)),
            LinearPieces.RankOne r => new RankOneTerm(constant, factorSlot, Plain(r.Output), Plain(r.Input)),
            LinearPieces.Entrywise e => new EntrywiseTerm(constant, factorSlot, Plain(e.Weights)),
            _ => throw new InvalidOperationException($"a linear piece of no kind: {piece}."),
        };
    }

    // c·(k·s) = (ck)·s: the numbers of a coefficient go into the term, the rest is a scalar slot.
    private static (double Constant, Expr? Factor) SplitConstant(Expr coefficient) => coefficient switch
    {
        Const c => (c.Value, null),
        Scale { Coefficient: Const c } s => SplitConstant(s.Body) is var (k, rest) ? (c.Value * k, rest) : default,
        Divide { Denominator: Const d } q => SplitConstant(q.Numerator) is var (k, rest) ? (k / d.Value, rest) : default,
        _ => (1, coefficient),
    };

    // The fallback: the parts of the map free of V are lowered once, before the loop; the rest
    // is a loop body run once per basis direction.
    private Slot PerBasis(Expr map, Var direction, Expr source, Shape shape)
    {
        Hoist(map, direction);
        var outer = instructions;
        var outerShared = new Dictionary<Expr, Operand>(shared);
        instructions = [];
        loopDirection = direction;
        try
        {
            var result = Plain(map);
            var body = instructions.ToImmutableArray();
            instructions = outer;
            return Emit(shape, target => new BasisColumns(target, source, direction, body, result));
        }
        finally
        {
            instructions = outer;
            shared.Clear();
            foreach (var (key, value) in outerShared) shared[key] = value;
            loopDirection = null;
        }
    }

    private void Hoist(Expr e, Var direction)
    {
        // A K factor is never a value of its own: products with it gather (CommuteRows/Columns).
        if (e is Commutation or Transpose { Arg: Commutation }) return;
        if (!e.Contains(direction)) { Lower(e); return; }
        foreach (var child in e.Children()) Hoist(child, direction);
    }
}
