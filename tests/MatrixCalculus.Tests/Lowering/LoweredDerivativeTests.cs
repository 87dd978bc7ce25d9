using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Calculus;
using MatrixCalculus.Lowering;
using MatrixCalculus.Numerics;
using MatrixCalculus.Tests.Properties;

namespace MatrixCalculus.Tests.Lowering;

/// <summary>
/// The derivatives the benchmarks time, lowered and evaluated, against the reference evaluator and
/// against finite differences (<see cref="Engine.Check"/>), with the kernels the lowering promises.
/// </summary>
public class LoweredDerivativeTests
{
    public static TheoryData<string, string, int, string?> Cases => new()
    {
        { "-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))", "w", 1, null },
        { "-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))", "w", 2, null },
        { "logsumexp(Xw) - y'Xw", "w", 2, null },
        { "log det X", "X", 2, "X: n x n" },
        { "log det X", "X", 2, "X: n x n spd" },
        { "x'Ax", "x", 2, null },
        { "tr(AXB)", "X", 1, null },
        { "tr(X'AX)", "X", 2, null },
        { "sum(exp(X))", "X", 2, null },
        { "||Xw - y||^2", "X", 2, null },
        { "x'X^-1 x", "X", 2, "X: n x n spd" },
        { "softmax(Ax)", "x", 1, null },
        { "σ(Ax)", "x", 1, null },
        { "kron(X, X)", "X", 1, null },
    };

    [Theory, MemberData(nameof(Cases))]
    public void TheProgramAgreesWithTheReferenceAndWithFiniteDifferences(string expression, string wrt, int order, string? let)
    {
        var compiled = Engine.Compile(expression, let);
        var derivation = Engine.Differentiate(compiled, wrt, order);
        var point = Numerics.RandomPoint.Generate(compiled.Expression, compiled.Symbols, seed: 3);
        var agreement = ProgramAgreement.Derivatives(derivation, point);
        Assert.True(agreement.Verdict == Verdict.Held, agreement.Detail);
        Assert.True(Engine.Check(compiled, derivation, point, seed: 3).Passed);
    }

    [Fact]
    public void ValueAndGradientShareSigmaOfXw()
    {
        var compiled = Engine.Compile("-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))");
        var program = Engine.Lower(compiled, Engine.Differentiate(compiled, "w")).Program;
        Assert.Single(program.Instructions.OfType<ApplyFunction>(), i => i.Function == Terms.ElementFunction.Sigmoid);
        Assert.Equal(["value", "gradient"], program.Outputs.Select(o => o.Name));
    }

    [Fact]
    public void TheLogisticHessianScalesRowsAndMultipliesTransposedWithoutCopies()
    {
        var compiled = Engine.Compile("-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))");
        var program = Engine.Lower(compiled, Engine.Differentiate(compiled, "w", 2)).Program;
        Assert.Empty(program.Instructions.OfType<DiagonalMatrix>());
        Assert.Empty(program.Instructions.OfType<TransposeOf>());
        Assert.Single(program.Instructions.OfType<ScaleRows>());
        Assert.Contains(program.Instructions.OfType<MatrixProduct>(), p => p.TransposeLeft);
    }

    [Fact]
    public void TheSoftmaxHessianKeepsTheRankOneTermAsVectors()
    {
        var compiled = Engine.Compile("logsumexp(Xw) - y'Xw");
        var program = Engine.Lower(compiled, Engine.Differentiate(compiled, "w", 2)).Program;
        // X'(diag(s) - ss')X = X'diag(s)X - (X's)(X's)': no N×N matrix, one outer product of d-vectors.
        Assert.Empty(program.Instructions.OfType<DiagonalMatrix>());
        var outer = Assert.Single(program.Instructions.OfType<OuterProduct>());
        Assert.Equal(outer.Left, outer.Right);
    }

    [Fact]
    public void TheLogDetHessianIsAssembledFromItsKroneckerStructure()
    {
        var compiled = Engine.Compile("log det X");
        var program = Engine.Lower(compiled, Engine.Differentiate(compiled, "X", 2)).Program;
        var map = Assert.Single(program.Instructions.OfType<AssembleLinearMap>());
        Assert.IsType<SandwichTerm>(Assert.Single(map.Terms));
        Assert.Single(program.Instructions.OfType<InverseOf>());
        Assert.Empty(program.Instructions.OfType<BasisColumns>());
    }

    [Fact]
    public void AProgramIsEvaluatedAtManyPoints()
    {
        var compiled = Engine.Compile("x'Ax");
        var lowered = Engine.Lower(compiled, Engine.Differentiate(compiled, "x", 2), hessianVectorProduct: true);
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var point = Numerics.RandomPoint.Generate(compiled.Expression, compiled.Symbols, seed);
            var v = Matrix<double>.Build.Random(point["x"].RowCount, 1, seed);
            var values = lowered.Evaluate(point, v);
            var a = point["A"];
            var x = point["x"];
            Assert.Equal((x.Transpose() * a * x)[0, 0], values["value"][0, 0], 12);
            AssertClose((a + a.Transpose()) * v, values["hvp"]);
            AssertClose(a + a.Transpose(), values["hessian"]);
        }
    }

    private static void AssertClose(Matrix<double> expected, Matrix<double> actual) =>
        Assert.True((expected - actual).FrobeniusNorm() <= 1e-12 * Math.Max(1, expected.FrobeniusNorm()), $"expected {expected}, got {actual}");
}
