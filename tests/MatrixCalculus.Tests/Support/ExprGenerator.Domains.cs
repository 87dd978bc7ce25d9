using CsCheck;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using F = MatrixCalculus.Terms.ElementFunction;

namespace MatrixCalculus.Tests.Support;

// Terms whose values are constrained by construction. Each production carries the law that keeps
// it in its domain: the generator never relies on the random point to be lucky.
public static partial class ExprGenerator
{
    private static Expr Half(Expr e) => Ex.Scale(Ex.Num(0.5), e);

    private static IEnumerable<(int, IGen<Expr>)> BoundedProductions(Shape shape, Child c)
    {
        var bounded = c[shape, Domain.Bounded];
        var any = c[shape, Domain.Any];
        // |sin|, |cos| ≤ 1 (of a bounded argument, so they do not oscillate faster than h can follow);
        // |tanh| < 1, σ ∈ (0, 1), |arctan| < π/2 of anything.
        yield return P(2, Gen.Select(Gen.OneOf(F.Sin, F.Cos), bounded, Ex.Apply));
        yield return P(3, Gen.Select(Gen.OneOf(F.Tanh, F.Sigmoid, F.Arctan), any, Ex.Apply));
        // sign and step take values in {-1, 0, 1}.
        yield return P(1, Gen.Select(Gen.OneOf(F.Sign, F.Step), any, Ex.Apply));
        // |(a + b)/2| ≤ max(|a|, |b|).
        yield return P(2, Gen.Select(bounded, bounded, (a, b) => Half(Ex.Add(a, b))));
        foreach (var p in BatchProductions(shape, Domain.Bounded, c)) yield return p;
        // |u ⊙ b| ≤ |b| when |u| ≤ 1.
        yield return P(1, Gen.Select(c[shape, Domain.Unit], bounded, Ex.Hadamard));
        yield return P(1, c[shape, Domain.Unit]);
        if (!shape.IsScalar) yield return P(1, c[shape.T, Domain.Bounded].Select(Ex.Transpose));
        if (KronSplits(shape) is { Count: > 0 } splits)
            // |u ⊗ b| ≤ |b| entrywise when |u| ≤ 1.
            yield return P(1, Gen.OneOf(splits.ToArray()).SelectMany(split =>
                Gen.Select(c[split.Left, Domain.Unit], c[split.Right, Domain.Bounded], Ex.Kron)));
        if (shape.IsColumn)
        {
            // softmax entries lie in (0, 1); diag(M) and vec(M) keep M's entries.
            yield return P(1, bounded.Select(Ex.Softmax));
            yield return P(1, c[Shape.Square(shape.Rows), Domain.Bounded].Select(Ex.DiagVector));
            if (Factors(shape.Rows) is (Dim a, Dim b)) yield return P(2, c[new Shape(a, b), Domain.Bounded].Select(Ex.Vec));
        }
        if (shape.IsSquare && !shape.IsScalar)
            yield return P(1, c[Shape.Column(shape.Rows), Domain.Bounded].Select(Ex.DiagMatrix));
    }

    private static IEnumerable<(int, IGen<Expr>)> UnitProductions(Shape shape, Child c)
    {
        var unit = c[shape, Domain.Unit];
        var any = c[shape, Domain.Any];
        // 0.9 tanh, 0.8 σ and arctan/2 of anything lie within (-0.9, 0.9); so do sin/2 and cos/2.
        yield return P(2, any.Select(a => Ex.Scale(Ex.Num(0.9), Ex.Apply(F.Tanh, a))));
        yield return P(1, any.Select(a => Ex.Scale(Ex.Num(0.8), Ex.Apply(F.Sigmoid, a))));
        yield return P(1, any.Select(a => Half(Ex.Apply(F.Arctan, a))));
        yield return P(2, Gen.Select(Gen.OneOf(F.Sin, F.Cos), c[shape, Domain.Bounded], (f, a) => Half(Ex.Apply(f, a))));
        // |u v| ≤ 0.81 and |(u + v)/2| ≤ 0.9.
        yield return P(1, Gen.Select(unit, unit, Ex.Hadamard));
        yield return P(1, Gen.Select(c[Shape.Scalar, Domain.Unit], unit, Ex.Scale));
        yield return P(1, Gen.Select(unit, unit, (a, b) => Half(Ex.Add(a, b))));
        if (!shape.IsScalar) yield return P(1, c[shape.T, Domain.Unit].Select(Ex.Transpose));
        if (KronSplits(shape).Count > 0) yield return P(1, Kron(shape, Domain.Unit, c));
        if (shape.IsColumn) yield return P(1, c[shape, Domain.Bounded].Select(a => Half(Ex.Softmax(a))));
    }

    private static IEnumerable<(int, IGen<Expr>)> PositiveProductions(Shape shape, Child c)
    {
        var positive = c[shape, Domain.Positive];
        var positiveScalar = c[Shape.Scalar, Domain.Positive];
        // exp, σ and softplus are positive everywhere (of a bounded argument they stay ≥ 0.1).
        yield return P(4, Gen.Select(Gen.OneOf(F.Exp, F.Sigmoid, F.Softplus), c[shape, Domain.Bounded], Ex.Apply));
        // Sums, products, quotients, roots and real powers of positives are positive.
        yield return P(2, Gen.Select(positive, positive, (a, b) => Ex.Add(a, b)));
        yield return P(1, Gen.Select(positive, positive, Ex.Hadamard));
        yield return P(1, Gen.Select(positiveScalar, positive, Ex.Scale));
        yield return P(1, Gen.Select(positive, positiveScalar, Ex.Divide));
        yield return P(1, positive.Select(a => Ex.Apply(F.Sqrt, a)));
        yield return P(1, Gen.Select(positive, Constant(RealExponents), Ex.ElementPower));
        // a ⊙ a + 1 ≥ 1 (a sum of squares plus one).
        yield return P(1, c[shape, Domain.Any].Select(a => Ex.Add(Ex.ElementPower(a, Ex.Num(2)), Ex.OnesOf(shape))));
        // Entrywise-positive matrices multiply to entrywise-positive matrices.
        yield return P(1, Product(shape, Domain.Positive, c, BaseDim));
        foreach (var p in BatchProductions(shape, Domain.Positive, c)) yield return p;
        if (shape.IsScalar)
            foreach (var p in PositiveScalarProductions(c)) yield return p;
        else
        {
            yield return P(1, Gen.Select(positive, positive, Ex.HadamardDivide));
            yield return P(1, c[shape.T, Domain.Positive].Select(Ex.Transpose));
            if (KronSplits(shape).Count > 0) yield return P(1, Kron(shape, Domain.Positive, c));
        }
        if (shape.IsColumn)
        {
            yield return P(1, c[shape, Domain.Bounded].Select(Ex.Softmax));
            // The diagonal of an spd matrix is positive.
            yield return P(1, c[Shape.Square(shape.Rows), Domain.Spd].Select(Ex.DiagVector));
        }
    }

    private static IEnumerable<(int, IGen<Expr>)> PositiveScalarProductions(Child c)
    {
        var positiveConstant = Constant(PositiveConstants);
        // ‖a‖ + c > 0 and ⟨a, a⟩ + c > 0.
        yield return P(1, Gen.Select(Norm(c), positiveConstant, (a, b) => Ex.Add(a, b)));
        yield return P(1, Gen.Select(Over(ReductionShape, s => c[s, Domain.Any]), positiveConstant, (a, b) => Ex.Add(Ex.Inner(a, a), b)));
        // det, trace and the quadratic form of an spd matrix are positive.
        yield return P(1, SquareDim.SelectMany(d => c[Shape.Square(d), Domain.Spd]).Select(Ex.Det));
        yield return P(1, SquareDim.SelectMany(d => c[Shape.Square(d), Domain.Spd]).Select(Ex.Trace));
        yield return P(1, SquareDim.SelectMany(d => Gen.Select(c[Shape.Column(d), Domain.Any], c[Shape.Square(d), Domain.Spd], positiveConstant,
            (v, a, k) => Ex.Add(Ex.MatMul(Ex.Transpose(v), a, v), k))));
        // Sums and inner products of positive entries are positive; a positive base to any power too.
        yield return P(1, Over(ReductionShape, s => c[s, Domain.Positive]).Select(Ex.Sum));
        yield return P(1, Over(ReductionShape, s => Gen.Select(c[s, Domain.Positive], c[s, Domain.Positive], Ex.Inner)));
        yield return P(1, Gen.Select(c[Shape.Scalar, Domain.Positive], c[Shape.Scalar, Domain.Bounded], Ex.Power));
    }

    private static IEnumerable<(int, IGen<Expr>)> SpdProductions(Shape shape, Child c)
    {
        var d = shape.Rows;
        var spd = c[shape, Domain.Spd];
        var identity = Ex.Eye(d);
        // M Mᵀ + c I and MᵀM + c I are spd for any M, c > 0.
        var other = Gen.Frequency((3, n), (3, m), (2, k), (1, Dim.One));
        yield return P(2, Gen.Select(Over(other.Select(e => new Shape(d, e)), s => c[s, Domain.Any]), Constant(PositiveConstants),
            (v, k) => Ex.Add(Ex.MatMul(v, Ex.Transpose(v)), Ex.Scale(k, identity))));
        yield return P(1, Gen.Select(Over(other.Select(e => new Shape(e, d)), s => c[s, Domain.Any]), Constant(PositiveConstants),
            (v, k) => Ex.Add(Ex.MatMul(Ex.Transpose(v), v), Ex.Scale(k, identity))));
        // Sums, positive multiples, inverses and integer powers of symmetric spd matrices are spd.
        yield return P(1, Gen.Select(spd, spd, (a, b) => Ex.Add(a, b)));
        yield return P(1, Gen.Select(c[Shape.Scalar, Domain.Positive], spd, Ex.Scale));
        yield return P(1, Gen.Select(spd, c[Shape.Scalar, Domain.Positive], Ex.Divide));
        yield return P(1, spd.Select(Ex.Inverse));
        yield return P(1, Gen.Select(spd, Constant([2, -1, -2]), Ex.Power));
        // A diagonal with positive entries; the Hadamard (Schur) product of spd matrices is spd.
        yield return P(1, c[Shape.Column(d), Domain.Positive].Select(Ex.DiagMatrix));
        yield return P(1, Gen.Select(spd, spd, Ex.Hadamard));
        // Congruence: Mᵀ S M is positive semidefinite, so Mᵀ S M + I is spd.
        yield return P(1, BaseDim.SelectMany(e => Gen.Select(c[new Shape(e, d), Domain.Any], c[Shape.Square(e), Domain.Spd],
            (v, s) => Ex.Add(Ex.MatMul(Ex.Transpose(v), s, v), identity))));
        // S ⊗ T is spd when S and T are.
        if (Factors(d) is (Dim a, Dim b)) yield return P(3, Gen.Select(c[Shape.Square(a), Domain.Spd], c[Shape.Square(b), Domain.Spd], Ex.Kron));
    }
}
