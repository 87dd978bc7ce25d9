using MatrixCalculus.Syntax;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.Semantics;

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
}
