using MatrixCalculus.Terms;

namespace MatrixCalculus.Lowering;

// Products with commutation matrices: K₁ K₂ … M gathers the rows of M once per K (right to left),
// M K₁ K₂ … its columns (left to right). A K is built as a matrix only where it stands alone.
public sealed partial class ProgramBuilder
{
    private static bool IsPermutation(Expr factor) => factor is Commutation or Transpose { Arg: Commutation };

    // K_{m,n}' = K_{n,m}
    private static PermutationItem PermutationOf(Expr factor) => factor switch
    {
        Commutation k => new PermutationItem([k]),
        Transpose { Arg: Commutation k } => new PermutationItem([new Commutation(k.N, k.M)]),
        _ => throw new InvalidOperationException($"{factor} is no commutation matrix."),
    };

    private DenseItem Gathered(MatMul whole, PermutationItem p, DenseItem right)
    {
        var result = right;
        for (int i = p.Matrices.Length - 1; i >= 0; i--)
        {
            var (k, operand) = (p.Matrices[i], result.Operand);
            result = Dense(Shape(operand), target => new CommuteRows(target, whole, k, operand.Slot, operand.Transposed));
        }
        return result;
    }

    private DenseItem Gathered(MatMul whole, DenseItem left, PermutationItem p)
    {
        var result = left;
        foreach (var k in p.Matrices)
        {
            var operand = result.Operand;
            result = Dense(Shape(operand), target => new CommuteColumns(target, whole, operand.Slot, operand.Transposed, k));
        }
        return result;
    }

    // A product of K's alone: the first is built, the others gather its columns.
    private DenseItem Built(MatMul whole, PermutationItem p) =>
        Gathered(whole, new DenseItem(Lower(p.Matrices[0])), new PermutationItem(p.Matrices[1..]));

    private DenseItem Built(MatMul whole, DiagonalItem d) =>
        Dense(Semantics.Shape.Square(Semantics.DimOps.Times(d.Vector.Shape.Rows, d.Vector.Shape.Cols)), target => new DiagonalMatrix(target, whole, d.Vector));
}
