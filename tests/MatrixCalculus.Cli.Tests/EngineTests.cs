using MatrixCalculus.Calculus;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli.Tests;

/// <summary>The library façade the CLI calls, used directly.</summary>
public class EngineTests
{
    [Fact]
    public void CompileKeepsTheSourceAndTheBinderSymbols()
    {
        var compiled = Engine.Compile("x'Ax", "A: n x n symmetric");
        Assert.Equal("x'Ax", compiled.Source);
        Assert.Equal("A: n x n symmetric", compiled.Declarations);
        Assert.Equal(["x", "A"], compiled.Symbols.Select(s => s.Name));
        Assert.True(compiled.Expression.Shape.IsScalar);
    }

    [Fact]
    public void EvaluateReadsAPointAndComputesTheValue()
    {
        var compiled = Engine.Compile("x'Ax");
        var point = Engine.ReadPoint(compiled, """{"x": [1, 2], "A": [[1, 2], [3, 4]]}""");
        Assert.Equal(27, Engine.Evaluate(compiled, point)[0, 0]);
    }

    [Fact]
    public void DifferentiateFindsTheVariableByItsSpelledName()
    {
        var derivation = Engine.Differentiate(Engine.Compile("λ x'x"), "lambda");
        Assert.Equal("λ", derivation.Wrt.Name);
        Assert.Equal("x'x", derivation.Result.ToString());
    }

    [Fact]
    public void AnUnknownVariableIsADiagnosticUnderTheWholeExpression()
    {
        var error = Assert.Throws<MatrixCalculusException>(() => Engine.Differentiate(Engine.Compile(" x'Ax"), "z"));
        Assert.Equal(DiagnosticCode.UnknownVariable, error.Diagnostic.Code);
        Assert.Equal("no symbol `z` in the expression.", error.Diagnostic.Message);
        Assert.Equal((1, 4), (error.Diagnostic.Span.Start, error.Diagnostic.Span.Length));
        Assert.Equal(" x'Ax", error.Diagnostic.Source);
    }

    [Fact]
    public void AValueUndefinedAtThePointIsADomainDiagnosticNotAnEvaluationException()
    {
        var compiled = Engine.Compile("log det X");
        var point = Engine.ReadPoint(compiled, """{"X": [[1, 2], [2, 1]]}""");
        var error = Assert.Throws<MatrixCalculusException>(() => Engine.Evaluate(compiled, point));
        Assert.Equal(DiagnosticCode.Domain, error.Diagnostic.Code);
        Assert.Equal("log det X", error.Diagnostic.Source);
    }

    [Fact]
    public void CheckUsesTheRandomPointOfTheSeedOrTheGivenPoint()
    {
        var compiled = Engine.Compile("x'Ax");
        var derivation = Engine.Differentiate(compiled, "x");
        Assert.True(Engine.Check(compiled, derivation, seed: 5).Passed);
        Assert.Equal(Engine.Check(compiled, derivation, seed: 5), Engine.Check(compiled, derivation, seed: 5), new ReportComparer());
        var point = Engine.ReadPoint(compiled, """{"x": [1, 2, 3], "A": [[1, 2, 0], [3, 4, 1], [0, 1, 1]]}""");
        Assert.True(Engine.Check(compiled, derivation, point).Passed);
    }

    [Fact]
    public void TheLayoutReachesTheDerivation()
    {
        var compiled = Engine.Compile("Ax", "A: m x n");
        Assert.Equal("A'", Engine.Differentiate(compiled, "x", 1, Layout.Denominator).Result.ToString());
        Assert.Equal("A", Engine.Differentiate(compiled, "x").Result.ToString());
    }

    private sealed class ReportComparer : IEqualityComparer<CheckReport>
    {
        public bool Equals(CheckReport? a, CheckReport? b) =>
            a!.MaxRelativeError == b!.MaxRelativeError && a.Passed == b.Passed && a.Warnings.SequenceEqual(b.Warnings);

        public int GetHashCode(CheckReport report) => report.MaxRelativeError.GetHashCode();
    }
}
