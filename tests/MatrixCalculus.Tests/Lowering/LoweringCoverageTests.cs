using System.Reflection;
using MatrixCalculus.Lowering;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Lowering;

/// <summary>
/// Every node of Expr.cs is lowered and every instruction has operands and a kernel: a node or an
/// instruction added later without its lowering fails here, by name, instead of at a user's point.
/// </summary>
public class LoweringCoverageTests
{
    public static TheoryData<string> ExprNodes() => [.. Subclasses(typeof(Expr)).Select(t => t.Name)];

    public static TheoryData<string> InstructionKinds() => [.. Subclasses(typeof(Instruction)).Select(t => t.Name)];

    [Theory, MemberData(nameof(ExprNodes))]
    public void EveryTermNodeIsLoweredOrRefusedOnPurpose(string node)
    {
        var sample = Samples.First(s => s.GetType().Name == node);
        var builder = new ProgramBuilder();
        if (sample is Differential)
        {
            var refused = Assert.Throws<InvalidOperationException>(() => builder.AddOutput("value", sample));
            Assert.Equal("a differential has no value; substitute a direction for it first: dx.", refused.Message);
            return;
        }
        builder.AddOutput("value", sample);
        Assert.NotEmpty(builder.Build().Instructions);
    }

    [Fact]
    public void TheSamplesCoverEveryNode() =>
        Assert.Equal(Subclasses(typeof(Expr)).Select(t => t.Name).Order(), Samples.Select(s => s.GetType().Name).Distinct().Order());

    [Theory, MemberData(nameof(InstructionKinds))]
    public void EveryInstructionIsProducedByTheLowering(string kind)
    {
        var produced = Samples.Where(s => s is not Differential)
            .Concat(Maps)
            .SelectMany(Lowered)
            .Select(i => i.GetType().Name)
            .ToHashSet();
        Assert.Contains(kind, produced);
    }

    private static IEnumerable<Instruction> Lowered(Expr e)
    {
        var builder = new ProgramBuilder();
        if (e is Hadamard { Left: Var { Name: "V" } } || e.Contains(V)) builder.Name("derivative", builder.Map(e, V, e));
        else builder.AddOutput("value", e);
        return builder.Build().Instructions.SelectMany(i => i is BasisColumns b ? b.Body.Append(i) : [i]);
    }

    private static IEnumerable<Type> Subclasses(Type root) =>
        root.Assembly.GetTypes().Where(t => t.IsSubclassOf(root) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal);

    private static readonly Dim N = Dim.Of("n"), M = Dim.Of("m");
    private static readonly Var X = new("X", Shape.Square(N));
    private static readonly Var B = new("B", new Shape(N, M));
    private static readonly Var x = new("x", Shape.Column(N));
    private static readonly Var V = new("V", Shape.Square(N));
    private static readonly Var s = new("s", Shape.Scalar);
    private static readonly Var Z = new("Z", new Shape(DimOps.Times(N, M), N));

    // One term per node (built raw, so each is the node named).
    private static readonly Expr[] Samples =
    [
        X, new Const(2), new Zero(Shape.Square(N)), new Identity(N), new Ones(Shape.Column(N)),
        new Add([X, new Transpose(X)]), new MatMul([X, x]), new Scale(s, X), new Divide(X, s), new Transpose(B),
        new Inverse(X), new Power(X, new Const(2)), new Trace(X), new Det(X), new LogDet(X), new Hadamard(X, X),
        new HadamardDivide(X, X), new ElementPower(X, new Const(2)), new Kron(X, X), new Apply(ElementFunction.Exp, X),
        new Sum(X), new DiagMatrix(x), new DiagVector(X), new Vec(X), new Softmax(x), new LogSumExp(x),
        new SoftmaxAlong(Axis.Rows, X), new Apply(ElementFunction.Log, new SoftmaxAlong(Axis.Cols, X)), new LogSumExpAlong(Axis.Rows, X),
        new Norm(NormKind.Two, x), new Inner(X, X), new Differential(x),
        new SoftmaxAlong(Axis.Rows, B), new LogSumExpAlong(Axis.Cols, B), new Apply(ElementFunction.Log, new SoftmaxAlong(Axis.Cols, B)),
        // instructions only products and sums make
        new MatMul([new DiagMatrix(x), X]), new MatMul([X, new DiagMatrix(x)]), new Add([X, new DiagMatrix(x)]),
        new MatMul([x, new Transpose(x)]), new MatMul([new Transpose(X), X]),
        // K_{n,m} Z and Z' K_{n,m}: gathers, not products
        new Commutation(N, M), new MatMul([new Commutation(N, M), Z]), new MatMul([new Transpose(Z), new Commutation(N, M)]),
    ];

    // Maps of a direction V: Kronecker pieces, a rank-one piece, an entrywise piece, and one the
    // pieces cannot express (V under vec) that is assembled a basis direction at a time.
    private static readonly Expr[] Maps =
    [
        Ex.MatMul(X, V, X), Ex.Scale(Ex.Trace(V), X), Ex.Hadamard(X, V), Ex.Vec(Ex.MatMul(X, V)),
    ];
}
