using MatrixCalculus.Syntax;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.SemanticsTests;

public class ShapeErrorTests
{
    public static IEnumerable<object[]> Cases() => AsvCases.Read("shape-errors.asv");

    /// <summary>Expected: the rendered diagnostic with its three lines joined by <c>\n</c>.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void ShapeErrorsNameBothShapesAndPointAtTheOperator(string input, string expected)
    {
        var error = Assert.Throws<MatrixCalculusException>(() => BindingCase.Compile(input));
        Assert.Equal("expression", error.Diagnostic.SourceName);
        Assert.Equal(expected, error.Diagnostic.Render().Replace("\n", "\\n"));
    }

    [Fact]
    public void AnErrorOnTheSecondLinePointsIntoThatLine()
    {
        var error = Assert.Throws<MatrixCalculusException>(() => MatrixCalculus.Semantics.Frontend.Compile("x'Ax\n + B\n x", "A: 3 x 3; B: 4 x 4"));
        Assert.Equal("error MC2001 (line 3, column 2): cannot multiply B (4×4) by x (3×1).\n   x\n   ^", error.Diagnostic.Render());
    }
}
