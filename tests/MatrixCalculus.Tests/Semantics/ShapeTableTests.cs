using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.SemanticsTests;

public class ShapeTableTests
{
    public static IEnumerable<object[]> Cases() => AsvCases.Read("shapes.asv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachExpressionBindsWithTheExpectedShapes(string input, string expected) =>
        Assert.Equal(expected, BindingCase.Shapes(BindingCase.Compile(input)));
}
