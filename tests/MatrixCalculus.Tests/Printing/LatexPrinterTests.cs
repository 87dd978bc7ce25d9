using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Printing;

public class LatexPrinterTests
{
    [Theory]
    [MemberData(nameof(PrinterCases.Rows), MemberType = typeof(PrinterCases))]
    public void EveryTableTermPrintsAsItsLatexForm(PrinterCase row) =>
        Assert.Equal(row.Latex, LatexPrinter.Print(row.Term));

    [Theory]
    [InlineData("α", @"\alpha")]
    [InlineData("Σ", @"\Sigma")]
    [InlineData("ε", @"\varepsilon")]
    [InlineData("lambda", @"\lambda")]
    [InlineData("W2", "W_2")]
    [InlineData("W12", "W_{12}")]
    [InlineData("α_1", @"\alpha_1")]
    [InlineData("W1_k", "W_{1,k}")]
    [InlineData("x_{ij}", "x_{ij}")]
    [InlineData("my_var", @"\mathit{my\_var}")]
    public void NamesPrintWithGreekCommandsAndSubscripts(string name, string latex) =>
        Assert.Equal(latex, LatexPrinter.Print(Ex.Symbol(name, Shape.Scalar)));

    [Theory]
    [InlineData(ElementFunction.Sin, @"\sin(x)")]
    [InlineData(ElementFunction.Cos, @"\cos(x)")]
    [InlineData(ElementFunction.Tan, @"\tan(x)")]
    [InlineData(ElementFunction.Arcsin, @"\arcsin(x)")]
    [InlineData(ElementFunction.Arccos, @"\arccos(x)")]
    [InlineData(ElementFunction.Arctan, @"\arctan(x)")]
    [InlineData(ElementFunction.Sigmoid, @"\sigma(x)")]
    [InlineData(ElementFunction.Softplus, @"\operatorname{softplus}(x)")]
    public void ElementwiseFunctionsUseTheirLatexOperators(ElementFunction f, string latex) =>
        Assert.Equal(latex, LatexPrinter.Print(new Apply(f, PrinterCases.x)));

    [Fact]
    public void EveryElementwiseFunctionHasALatexForm()
    {
        foreach (var f in Enum.GetValues<ElementFunction>())
            Assert.DoesNotContain(@"\text", LatexPrinter.Print(new Apply(f, PrinterCases.x)));
    }
}
