using MatrixCalculus.Numerics;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Tests.Numerical.NumericFixtures;

namespace MatrixCalculus.Tests.Numerical;

// C# does not check a switch over records for exhaustiveness: this test does, by reflection.
public class EvaluatorCoverageTests
{
    private static readonly Expr[] OneOfEachNode =
    [
        x, Ex.Num(1), Ex.ZeroOf(Shape.Column(N)), new Identity(N), new Commutation(N, M), new Ones(Shape.Column(N)),
        Ex.Add(x, x), Ex.MatMul(A, B), Ex.Scale(c, x), Ex.Divide(x, c), Ex.Transpose(A),
        Ex.Inverse(S), Ex.Power(S, Ex.Num(2)), Ex.Trace(S), Ex.Det(S), Ex.LogDet(S),
        Ex.Hadamard(A, A), Ex.HadamardDivide(A, A), Ex.ElementPower(A, Ex.Num(3)), Ex.Kron(S, A),
        Ex.Apply(ElementFunction.Sin, A), Ex.Sum(A), Ex.DiagMatrix(x), Ex.DiagVector(S), Ex.Vec(A),
        Ex.Softmax(y), Ex.LogSumExp(y), Ex.Norm(NormKind.Two, y), Ex.Inner(A, A),
        Ex.SoftmaxAlong(Axis.Rows, A), Ex.LogSumExpAlong(Axis.Cols, A),
    ];

    [Fact]
    public void EveryNodeButTheDifferentialHasAValue()
    {
        var nodeTypes = typeof(Expr).Assembly.GetTypes()
            .Where(t => t.IsSealed && t.IsSubclassOf(typeof(Expr)))
            .Where(t => t != typeof(Differential))
            .Select(t => t.Name).Order().ToList();
        Assert.Equal(nodeTypes, OneOfEachNode.Select(e => e.GetType().Name).Order().ToList());
        var at = Point();
        foreach (var e in OneOfEachNode)
            Assert.NotNull(Evaluator.Evaluate(e, at));
    }
}
