using CsCheck;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using F = MatrixCalculus.Terms.ElementFunction;

namespace MatrixCalculus.Tests.Support;

// Leaves: what a term of a shape and domain can be without recursing. Every (shape, domain) has at
// least one (a constant, 1, a scaled 1, or I), so generation never gets stuck. Constants are short
// decimals, so they print and parse back exactly.
public static partial class ExprGenerator
{
    private static readonly double[] AnyConstants = [-2, -1.5, -0.5, 0.25, 0.5, 1.5, 2, 3];
    private static readonly double[] PositiveConstants = [0.25, 0.5, 1.5, 2, 3];
    private static readonly double[] UnitConstants = [-0.75, -0.5, -0.25, 0.25, 0.5, 0.75];

    private static Gen<Expr> Constant(double[] values) => Gen.OneOf(values).Select(Ex.Num);

    private static List<(int, IGen<Expr>)> Leaves(Shape shape, Domain domain)
    {
        var leaves = new List<(int, IGen<Expr>)>();
        // Variables of the shape, and transposes of variables of the transposed shape.
        var variables = VariablePool.OfShape(shape).Cast<Expr>()
            .Concat(VariablePool.OfShape(shape.T).Where(v => !shape.IsScalar && v.Shape != shape).Select(Ex.Transpose))
            .ToList();
        var bounded = variables.Where(v => v.Variables().All(VariablePool.IsBounded)).ToList();
        switch (domain)
        {
            case Domain.Any:
                if (variables.Count > 0) leaves.Add(P(18, Gen.OneOf(variables.ToArray())));
                leaves.Add(P(6, shape.IsScalar ? Constant(AnyConstants) : Gen.Const(Ex.OnesOf(shape))));
                if (shape.IsSquare && !shape.IsScalar) leaves.Add(P(3, Gen.Const(Ex.Eye(shape.Rows))));
                if (Commutations(shape) is { Length: > 0 } ks) leaves.Add(P(3, Gen.OneOf(ks)));
                // 0 is rare in written input but reaches every rule's zero case (and puts abs, relu,
                // sign, step and norms at their kinks, which the properties then cannot check).
                leaves.Add(P(1, Gen.Const(Ex.ZeroOf(shape))));
                break;
            case Domain.Bounded:
                if (bounded.Count > 0) leaves.Add(P(18, Gen.OneOf(bounded.ToArray())));
                // a permutation: entries 0 and 1
                if (Commutations(shape) is { Length: > 0 } bk) leaves.Add(P(2, Gen.OneOf(bk)));
                leaves.Add(P(6, shape.IsScalar ? Constant(AnyConstants.Where(c => Math.Abs(c) <= 2).ToArray()) : Gen.Const(Ex.OnesOf(shape))));
                break;
            case Domain.Positive:
                leaves.Add(P(2, shape.IsScalar ? Constant(PositiveConstants) : Gen.Const(Ex.OnesOf(shape))));
                // exp and σ of a bounded variable: positive, and still a function of it.
                foreach (var f in new[] { F.Exp, F.Sigmoid })
                    if (bounded.Count > 0) leaves.Add(P(3, Gen.OneOf(bounded.ToArray()).Select(v => Ex.Apply(f, v))));
                break;
            case Domain.Unit:
                leaves.Add(P(2, shape.IsScalar ? Constant(UnitConstants) : Gen.Const(Ex.Scale(Ex.Num(0.5), Ex.OnesOf(shape)))));
                // 0.9 tanh(v) lies in (-0.9, 0.9) whatever v is.
                if (variables.Count > 0)
                    leaves.Add(P(3, Gen.OneOf(variables.ToArray()).Select(v => Ex.Scale(Ex.Num(0.9), Ex.Apply(F.Tanh, v)))));
                break;
            case Domain.Spd:
                leaves.AddRange(SpdLeaves(shape.Rows));
                break;
        }
        return leaves;
    }

    // K_{a,b} and K_{b,a} for a square shape of a product size a·b.
    private static Gen<Expr>[] Commutations(Shape shape) =>
        shape.IsSquare && Factors(shape.Rows) is (Dim a, Dim b)
            ? [Gen.Const(Ex.Commutation(a, b)), Gen.Const(Ex.Commutation(b, a))]
            : [];

    private static IEnumerable<(int, IGen<Expr>)> SpdLeaves(Dim d)
    {
        var identity = Ex.Eye(d);
        yield return P(1, Gen.Const(identity));
        yield return P(1, Constant(PositiveConstants).Select(c => Ex.Scale(c, identity)));
        foreach (var v in VariablePool.OfShape(Shape.Square(d)).Where(v => v.Attributes.HasFlag(VarAttributes.Spd)))
            yield return P(4, Gen.Const<Expr>(v));
        // V Vᵀ + I and VᵀV + I are positive definite for any V.
        var grams = VariablePool.All.Where(v => v.Shape.Rows == d && !v.Shape.IsScalar).Select(v => Ex.MatMul(v, Ex.Transpose(v)))
            .Concat(VariablePool.All.Where(v => v.Shape.Cols == d && !v.Shape.IsScalar).Select(v => Ex.MatMul(Ex.Transpose(v), v)))
            .Select(g => Ex.Add(g, identity))
            .ToArray();
        if (grams.Length > 0) yield return P(3, Gen.OneOf(grams));
    }
}
