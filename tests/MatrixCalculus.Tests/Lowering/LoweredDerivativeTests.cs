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
        // An spd X keeps the map V -> -X^-1 V X^-1 (a general X gets the Kronecker form itself).
        var compiled = Engine.Compile("log det X", "X: n x n spd");
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

    [Fact]
    public void TheReadmeProgramLinesAreWhatTheProgramPrints()
    {
        var loss = Engine.Compile("-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))");
        var program = Engine.Lower(loss, Engine.Differentiate(loss, "w", 2), hessianVectorProduct: true).Program;
        Assert.Contains("\nt3 = t1 * t2    # Xw, n×1\n", program.ToString());
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "README.md"));
        Assert.Contains("\"t3 = t1 * t2    # Xw, n×1\"", readme);
        Assert.Equal(["value", "hessian", "hvp"], program.Outputs.Select(o => o.Name));
    }

    [Fact]
    public void AnUndefinedDerivativeIsIntroducedAsOneAndAnUndefinedValueIsNot()
    {
        var compiled = Engine.Compile("sqrt(x'x)");
        var lowered = Engine.Lower(compiled, Engine.Differentiate(compiled, "x"));
        var zero = Engine.ReadPoint(compiled, "{\"x\": [0, 0]}");
        var error = Assert.Throws<MatrixCalculus.Syntax.MatrixCalculusException>(() => lowered.Evaluate(zero));
        Assert.Equal("the derivative is undefined at this point: division by zero in x/sqrt(x'x).", error.Diagnostic.Message);

        var log = Engine.Compile("sum(log(x))");
        var loweredLog = Engine.Lower(log, Engine.Differentiate(log, "x"));
        var negative = Engine.ReadPoint(log, "{\"x\": [-1, 2]}");
        var valueError = Assert.Throws<MatrixCalculus.Syntax.MatrixCalculusException>(() => loweredLog.Evaluate(negative));
        Assert.Equal("log of a non-positive value in log(x).", valueError.Diagnostic.Message);
    }

    [Fact]
    public void AProgramWithHvpNeedsTheDirection()
    {
        var compiled = Engine.Compile("x'Ax");
        var lowered = Engine.Lower(compiled, Engine.Differentiate(compiled, "x", 2), hessianVectorProduct: true);
        var point = Numerics.RandomPoint.Generate(compiled.Expression, compiled.Symbols, 1);
        var error = Assert.Throws<ArgumentException>(() => lowered.Evaluate(point));
        Assert.StartsWith("this program computes H v: give v (the value of v).", error.Message);
    }

    [Fact]
    public void TheHvpOfAFirstDerivativeIsRefused()
    {
        var compiled = Engine.Compile("x'Ax");
        var gradient = Engine.Differentiate(compiled, "x");
        var point = Numerics.RandomPoint.Generate(compiled.Expression, compiled.Symbols, 1);
        var error = Assert.Throws<MatrixCalculus.Syntax.MatrixCalculusException>(() => Engine.HessianVectorProduct(compiled, gradient, point, point["x"]));
        Assert.Equal("a Hessian-vector product needs the second derivative (order 2).", error.Diagnostic.Message);
    }

    private static void AssertClose(Matrix<double> expected, Matrix<double> actual) =>
        Assert.True((expected - actual).FrobeniusNorm() <= 1e-12 * Math.Max(1, expected.FrobeniusNorm()), $"expected {expected}, got {actual}");
}
