using CsCheck;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using F = MatrixCalculus.Terms.ElementFunction;

namespace MatrixCalculus.Tests.Support;

// Terms with no constraint on their values. Each sub-term is requested in the domain its parent
// needs: a denominator positive, the argument of an inverse spd, of log positive, and so on.
public static partial class ExprGenerator
{
    private static readonly double[] IntegerExponents = [2, 3];
    private static readonly double[] RealExponents = [0.5, 1.5, -0.5, -1, 2.5, -2];

    /// <summary>The domain an entrywise function needs of its argument for the value to be real and tame.</summary>
    internal static Domain ArgumentDomain(F f) => f switch
    {
        F.Log or F.Sqrt => Domain.Positive,
        F.Arcsin or F.Arccos or F.Tan => Domain.Unit,
        F.Exp or F.Sin or F.Cos => Domain.Bounded,
        _ => Domain.Any,
    };

    private static Gen<Expr> Apply(Shape shape, Child c) =>
        Gen.Enum<F>().SelectMany(f => c[shape, ArgumentDomain(f)].Select(a => Ex.Apply(f, a)));

    private static Gen<Expr> Product(Shape shape, Domain domain, Child c, Gen<Dim> inner) =>
        inner.SelectMany(i => Gen.Select(c[new Shape(shape.Rows, i), domain], c[new Shape(i, shape.Cols), domain], (l, r) => Ex.MatMul(l, r)));

    private static Gen<Expr> Kron(Shape shape, Domain domain, Child c)
    {
        var splits = KronSplits(shape);
        return Gen.OneOf(splits.ToArray()).SelectMany(split => Gen.Select(c[split.Left, domain], c[split.Right, domain], Ex.Kron));
    }

    private static IEnumerable<(int, IGen<Expr>)> AnyProductions(Shape shape, Child c)
    {
        var any = c[shape, Domain.Any];
        yield return P(3, Gen.Select(any, any, (a, b) => Ex.Add(a, b)));
        yield return P(1, Gen.Select(any, any, Ex.Sub));
        yield return P(2, Gen.Select(c[Shape.Scalar, Domain.Any], any, Ex.Scale));
        yield return P(1, Gen.Select(any, c[Shape.Scalar, Domain.Positive], Ex.Divide));
        yield return P(5, Apply(shape, c));
        yield return P(4, Product(shape, Domain.Any, c, InnerDim));
        foreach (var p in BatchProductions(shape, Domain.Any, c)) yield return p;
        if (shape.IsScalar)
            foreach (var p in AnyScalarProductions(c)) yield return p;
        else
        {
            yield return P(2, Gen.Select(any, any, Ex.Hadamard));
            yield return P(1, Gen.Select(any, c[shape, Domain.Positive], Ex.HadamardDivide));
            yield return P(1, Gen.Select(any, Constant(IntegerExponents), Ex.ElementPower));
            yield return P(1, Gen.Select(c[shape, Domain.Positive], Constant(RealExponents), Ex.ElementPower));
            yield return P(2, c[shape.T, Domain.Any].Select(Ex.Transpose));
            if (KronSplits(shape).Count > 0) yield return P(IsProduct(shape.Rows) || IsProduct(shape.Cols) ? 6 : 1, Kron(shape, Domain.Any, c));
        }
        if (shape.IsColumn)
        {
            yield return P(1, any.Select(Ex.Softmax));
            yield return P(1, c[Shape.Square(shape.Rows), Domain.Any].Select(Ex.DiagVector));
            if (Factors(shape.Rows) is (Dim a, Dim b)) yield return P(4, c[new Shape(a, b), Domain.Any].Select(Ex.Vec));
        }
        if (shape.IsSquare && !shape.IsScalar)
        {
            yield return P(1, c[Shape.Column(shape.Rows), Domain.Any].Select(Ex.DiagMatrix));
            yield return P(1, Gen.Select(any, Constant(IntegerExponents), Ex.Power));
            yield return P(1, c[shape, Domain.Spd].Select(Ex.Inverse));
            yield return P(1, Gen.Select(c[shape, Domain.Spd], Constant([-1, -2]), Ex.Power));
        }
    }

    private static IEnumerable<(int, IGen<Expr>)> AnyScalarProductions(Child c)
    {
        var any = c[Shape.Scalar, Domain.Any];
        var positive = c[Shape.Scalar, Domain.Positive];
        yield return P(1, Gen.Select(any, Constant(IntegerExponents), Ex.Power));
        yield return P(1, Gen.Select(positive, Constant(RealExponents), Ex.Power));
        // s^t with a positive base: the general power rule d(a^b) = a^b (b' log a + b a'/a).
        yield return P(1, Gen.Select(positive, c[Shape.Scalar, Domain.Bounded], Ex.Power));
        yield return P(2, SquareDim.SelectMany(d => c[Shape.Square(d), Domain.Any]).Select(Ex.Trace));
        yield return P(1, SquareDim.SelectMany(d => c[Shape.Square(d), Domain.Spd]).Select(Ex.Det));
        yield return P(1, SquareDim.SelectMany(d => c[Shape.Square(d), Domain.Spd]).Select(Ex.LogDet));
        yield return P(2, Over(ReductionShape, s => c[s, Domain.Any]).Select(Ex.Sum));
        yield return P(1, Over(ReductionShape, s => c[s, Domain.Any]).Select(Ex.LogSumExp));
        yield return P(2, Norm(c));
        yield return P(2, Over(ReductionShape, s => Gen.Select(c[s, Domain.Any], c[s, Domain.Any], Ex.Inner)));
    }

    /// <summary>‖·‖₂ of a column, ‖·‖_F of anything, ‖·‖₁ of anything (its kinks are skipped by the properties).</summary>
    private static Gen<Expr> Norm(Child c) =>
        Over(ReductionShape, s => c[s, Domain.Any]).SelectMany(arg =>
            Gen.OneOf(arg.Shape.IsColumn ? [NormKind.Two, NormKind.Frobenius, NormKind.One] : new[] { NormKind.Frobenius, NormKind.One })
                .Select(kind => Ex.Norm(kind, arg)));
}
