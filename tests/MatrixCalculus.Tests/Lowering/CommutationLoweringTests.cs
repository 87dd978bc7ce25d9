using MatrixCalculus.Lowering;
using MatrixCalculus.Numerics;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Properties;

namespace MatrixCalculus.Tests.Lowering;

/// <summary>
/// K_{m,n} lowered: next to a matrix it is a gather of rows (K M) or columns (M K), with no K
/// built and no product; the program agrees with the tree evaluator (which builds K) and the
/// derivatives with finite differences.
/// </summary>
public class CommutationLoweringTests
{
    private static readonly Dim N = Dim.Of("n"), M = Dim.Of("m"), K = Dim.Of("k");
    private static readonly Var Z = new("Z", new Shape(DimOps.Times(N, M), K));
    private static readonly Var W = new("W", new Shape(K, DimOps.Times(M, N)));

    public static TheoryData<string, Expr, Type> Gathers => new()
    {
        { "K Z", Ex.MatMul(Ex.Commutation(N, M), Z), typeof(CommuteRows) },
        { "K' Z", Ex.MatMul(new Transpose(Ex.Commutation(M, N)), Z), typeof(CommuteRows) },
        { "W K", Ex.MatMul(W, Ex.Commutation(M, N)), typeof(CommuteColumns) },
        { "Z' K", Ex.MatMul(Ex.Transpose(Z), Ex.Commutation(N, M)), typeof(CommuteColumns) },
        { "K K Z", Ex.MatMul(Ex.Commutation(N, M), Ex.Commutation(N, M), Z), typeof(CommuteRows) },
        { "W K K", Ex.MatMul(W, Ex.Commutation(M, N), Ex.Commutation(M, N)), typeof(CommuteColumns) },
        { "K diag(z) Z", Ex.MatMul(Ex.Commutation(N, M), Ex.DiagMatrix(new Var("z", Shape.Column(DimOps.Times(N, M)))), Z), typeof(CommuteRows) },
    };

    [Theory, MemberData(nameof(Gathers))]
    public void AProductWithKIsAGatherThatAgreesWithTheReference(string name, Expr term, Type gather)
    {
        var builder = new ProgramBuilder();
        builder.AddOutput("value", term);
        var program = builder.Build();
        Assert.Contains(program.Instructions, i => i.GetType() == gather);
        Assert.DoesNotContain(program.Instructions, i => i is LoadCommutation or MatrixProduct);
        foreach (var seed in new[] { 1, 2 })
        {
            var point = RandomPoint.Generate(term, term.Variables().ToList(), seed);
            var agreement = ProgramAgreement.Values(term, point);
            Assert.True(agreement.Verdict == Verdict.Held, $"{name}: {agreement.Detail}");
        }
    }

    public static TheoryData<string, string, int, string?> Derivatives => new()
    {
        { "x'K_{2,3} A x", "x", 1, null },
        { "x'K_{2,3} A x", "x", 2, null },
        { "w'K_{2,3} kron(a, b)", "a", 1, "a: 2; b: 3" },
        { "vec(X)'K_{n,m} A vec(X)", "X", 1, null },
        { "X'", "X", 1, null },
        { "log det X", "X", 2, null },
        { "tr(XX)", "X", 2, null },
    };

    [Theory, MemberData(nameof(Derivatives))]
    public void DerivativesWithKAgreeWithTheReferenceAndWithFiniteDifferences(string expression, string wrt, int order, string? let)
    {
        var compiled = Engine.Compile(expression, let);
        var derivation = Engine.Differentiate(compiled, wrt, order);
        var point = RandomPoint.Generate(compiled.Expression, compiled.Symbols, seed: 3);
        var agreement = ProgramAgreement.Derivatives(derivation, point);
        Assert.True(agreement.Verdict == Verdict.Held, agreement.Detail);
        Assert.True(Engine.Check(compiled, derivation, point, seed: 3).Passed);
    }
}
