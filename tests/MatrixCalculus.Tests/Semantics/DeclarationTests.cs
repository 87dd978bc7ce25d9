using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.SemanticsTests;

public class DeclarationTests
{
    private static string Describe(Declarations declarations, string name)
    {
        var d = declarations.Find(name) ?? throw new Xunit.Sdk.XunitException($"{name} is not declared");
        return d.Describe();
    }

    [Fact]
    public void TheContractExampleDeclaresEveryKind()
    {
        var d = Declarations.Parse("A: n x n symmetric; x: n; c: scalar; X: N x d; S: n x n spd");
        Assert.Equal(["A", "x", "c", "X", "S"], d.Names);
        Assert.Equal("n×n symmetric", Describe(d, "A"));
        Assert.Equal("n×1", Describe(d, "x"));
        Assert.Equal("scalar", Describe(d, "c"));
        Assert.Equal("N×d", Describe(d, "X"));
        Assert.Equal("n×n spd", Describe(d, "S"));
        Assert.Equal(VarAttributes.Spd, d.Find("S")!.Attributes);
        Assert.Equal(["n", "N", "d"], d.DimensionNames);
    }

    [Theory]
    [InlineData("A: 3 × 4", "3×4")]
    [InlineData("A: 3x4", "3×4")]
    [InlineData("A: nxm", "n×m")]
    [InlineData("A: n×m", "n×m")]
    [InlineData("x: 5", "5×1")]
    [InlineData("x: 1", "scalar")]
    [InlineData("r: 1 x n", "1×n")]
    [InlineData("x: vector", "vector")]
    [InlineData("X: matrix", "matrix")]
    [InlineData("X: matrix symmetric", "square matrix symmetric")]
    [InlineData("D: symmetric", "square matrix symmetric")]
    [InlineData("D: n x n diagonal", "n×n diagonal")]
    [InlineData("D: n x n spd diagonal", "n×n spd diagonal")]
    public void TypesReadAsShapes(string text, string expected) =>
        Assert.Equal(expected, Describe(Declarations.Parse(text), Declarations.Parse(text).Names[0]));

    [Fact]
    public void SeveralNamesShareOneType()
    {
        var d = Declarations.Parse("A, B: n x n; x, y: vector");
        Assert.Equal(["A", "B", "x", "y"], d.Names);
        Assert.Equal("n×n", Describe(d, "B"));
        Assert.Equal("vector", Describe(d, "y"));
    }

    [Fact]
    public void GreekNamesAreSpelledOutOrWrittenAsLetters()
    {
        var d = Declarations.Parse("alpha: scalar; λ: scalar; beta2: scalar; lambda_1: scalar");
        Assert.Equal(["α", "λ", "β2", "λ_1"], d.Names);
        Assert.Empty(d.MultiLetterNames);
    }

    [Fact]
    public void MultiLetterNamesAreListedForTheParser()
    {
        var d = Declarations.Parse("bias: n; W_out: n x m; W_{ij}: scalar; W_2: n x n; x1: n; alphabet: scalar; bias_1: n; h2o: n");
        Assert.Equal(["bias", "W_out", "W_ij", "W_2", "x1", "alphabet", "bias_1", "h2o"], d.Names);
        Assert.Equal(["bias", "alphabet", "h2o"], d.MultiLetterNames);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(";;")]
    public void NothingDeclaresNothing(string? text) => Assert.Empty(Declarations.Parse(text).All);

    [Fact]
    public void SemicolonsAndNewlinesSeparateDeclarations()
    {
        var d = Declarations.Parse("x: n;\nA: n x n\nc: scalar;");
        Assert.Equal(["x", "A", "c"], d.Names);
    }

    public static IEnumerable<object[]> Errors() => Support.AsvCases.Read("declaration-errors.asv");

    [Theory]
    [MemberData(nameof(Errors))]
    public void BadDeclarationsReportTheSpot(string text, string expected)
    {
        var error = Assert.Throws<MatrixCalculusException>(() => Declarations.Parse(text));
        Assert.Equal(DiagnosticCode.Declaration, error.Diagnostic.Code);
        Assert.Equal("declarations", error.Diagnostic.SourceName);
        var rendered = error.Diagnostic.Render().Split('\n');
        Assert.Equal(expected, $"{rendered[0]} | {rendered[2].Trim()}");
        Assert.Equal(rendered[2].IndexOf('^') - 2, error.Diagnostic.Span.Column - 1);
    }
}
