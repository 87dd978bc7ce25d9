using CsCheck;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Support;

// Shapes of sub-terms. Dimensions are 1, the named n, m, k, and products of two of them (a·b, the
// shape of a Kronecker product or of vec); products never nest, so every size stays at most 25.
public static partial class ExprGenerator
{
    private static readonly Dim n = VariablePool.N, m = VariablePool.M, k = VariablePool.K;
    private static readonly Dim nm = DimOps.Times(n, m), mk = DimOps.Times(m, k);

    private static Gen<Dim> BaseDim => Gen.OneOf(n, m, k);

    /// <summary>Inner dimensions of a product: mostly named, sometimes 1 (an outer product) or a Kronecker size.</summary>
    private static readonly Gen<Dim> InnerDim = Gen.Frequency((3, n), (3, m), (2, k), (2, Dim.One), (1, nm));

    /// <summary>Arguments of reductions (sum, norm, logsumexp, inner products): vectors, matrices, Kronecker shapes.</summary>
    private static readonly Gen<Shape> ReductionShape = Gen.Frequency(
        (3, Shape.Column(n)), (3, Shape.Column(m)), (2, Shape.Column(k)), (1, new Shape(Dim.One, n)),
        (2, Shape.Square(n)), (2, new Shape(n, m)), (1, new Shape(m, n)), (1, new Shape(m, k)), (1, Shape.Square(k)),
        (1, Shape.Column(nm)), (1, Shape.Column(mk)), (1, new Shape(nm, k)));

    /// <summary>Square shapes for trace, det, log det and diag.</summary>
    private static readonly Gen<Dim> SquareDim = Gen.Frequency((3, n), (2, m), (2, k), (1, nm));

    /// <summary>The two factors of a product dimension a·b, or null for a named dimension or 1.</summary>
    private static (Dim, Dim)? Factors(Dim d) =>
        d is Dim.Named { Name: var name } && name.Split('·') is [var a, var b] ? (Dim.Of(a), Dim.Of(b)) : null;

    private static IEnumerable<(Dim, Dim)> Splits(Dim d) =>
        Factors(d) is { } product ? [product] : d.IsOne ? [(Dim.One, Dim.One)] : [(d, Dim.One), (Dim.One, d)];

    /// <summary>
    /// Every way to write <paramref name="shape"/> as the shape of L ⊗ R with neither factor a
    /// scalar (a scalar factor makes Ex.Kron a plain product): rows r₁·r₂, columns c₁·c₂.
    /// </summary>
    private static List<(Shape Left, Shape Right)> KronSplits(Shape shape) =>
        (from rows in Splits(shape.Rows)
         from cols in Splits(shape.Cols)
         let left = new Shape(rows.Item1, cols.Item1)
         let right = new Shape(rows.Item2, cols.Item2)
         where !left.IsScalar && !right.IsScalar
         select (left, right)).ToList();

    private static bool IsProduct(Dim d) => Factors(d) is not null;
}
