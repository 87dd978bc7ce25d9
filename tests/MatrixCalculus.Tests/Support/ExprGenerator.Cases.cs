using CsCheck;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Support;

/// <summary>A function, the variable to differentiate it by, the order, and the seed of the random point.</summary>
public sealed record DerivativeCase(Expr Function, Var Wrt, int Order, int PointSeed)
{
    public override string ToString() =>
        $"f = {Function}   wrt {Wrt.Name} ({Wrt.Shape}), order {Order}, point seed {PointSeed}";
}

/// <summary>A term and the seed of the random point it is evaluated at.</summary>
public sealed record TermCase(Expr Term, int PointSeed)
{
    public override string ToString() => $"{Term}   ({Term.Shape}), point seed {PointSeed}";
}

public static partial class ExprGenerator
{
    private static Gen<int> PointSeed => Gen.Int[0, 1_000_000];

    /// <summary>
    /// f of <paramref name="shapes"/> with a variable of f chosen by <paramref name="wrt"/>; terms
    /// that contain no such variable are drawn again (their derivative would be 0 by inspection).
    /// </summary>
    public static Gen<DerivativeCase> Derivative(Gen<Shape> shapes, Func<Var, bool> wrt, int order) =>
        from shape in shapes
        from f in Term(shape)
        let candidates = f.Variables().Where(wrt).ToArray()
        where candidates.Length > 0
        from chosen in Gen.Int[0, candidates.Length - 1]
        from seed in PointSeed
        select new DerivativeCase(f, candidates[chosen], order, seed);

    /// <summary>Terms of every shape the generator knows, including Kronecker shapes.</summary>
    public static Gen<TermCase> AnyTerm() =>
        from shape in Gen.Frequency((1, Gen.Const(Shape.Scalar)), (1, ReductionShape))
        from e in Term(shape)
        from seed in PointSeed
        select new TermCase(e, seed);

    // Properties, not fields: static initializers across partial files run in no guaranteed order.
    public static Gen<Shape> ScalarShape => Gen.Const(Shape.Scalar);
    public static Gen<Shape> ColumnShape => BaseDim.Select(Shape.Column);
    public static Gen<Shape> MatrixShape => Gen.OneOf(Shape.Square(n), new Shape(n, m), new Shape(m, k));
}
