using MatrixCalculus.Printing;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Printing;

public class TextPrinterTests
{
    [Theory]
    [MemberData(nameof(PrinterCases.Rows), MemberType = typeof(PrinterCases))]
    public void EveryTableTermPrintsAsItsTextbookForm(PrinterCase row) =>
        Assert.Equal(row.Text, TextPrinter.Print(row.Term));

    [Fact]
    public void ToStringOfATermIsItsText() =>
        Assert.Equal("x'Ax", (PrinterCases.x.T * PrinterCases.A * PrinterCases.x).ToString());

    [Theory]
    [MemberData(nameof(ElementFunctions))]
    public void EveryElementwiseFunctionPrintsAsACallByItsLanguageName(ElementFunction f) =>
        Assert.Equal(Functions.Name(f) + "(x)", TextPrinter.Print(new Apply(f, PrinterCases.x)));

    [Fact]
    public void GluedNamesNeverSpellANameDeclaredForTheReadBack()
    {
        var term = Ex.MatMul(PrinterCases.Scalar("a"), PrinterCases.Scalar("b"), PrinterCases.x);
        Assert.Equal("abx", TextPrinter.Print(term));
        Assert.Equal("a bx", TextPrinter.Print(term, ["ab"]));
        Assert.Equal(term, Semantics.Frontend.Compile("a bx", "ab: scalar; a: scalar; b: scalar; x: n").Expression);
    }

    [Fact]
    public void SigmoidPrintsAsSigma() =>
        Assert.Equal("σ(x)", TextPrinter.Print(new Apply(ElementFunction.Sigmoid, PrinterCases.x)));

    [Theory]
    [InlineData(2.0, "2")]
    [InlineData(-0.0, "0")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.125, "0.125")]
    [InlineData(123456.5, "123456.5")]
    [InlineData(2.0 / 3, "2/3")]
    [InlineData(1e20, "1e20")]
    [InlineData(1.5e-12, "1.5e-12")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    public void ConstantsPrintAsTheShortestTextThatReadsBackToTheSameDouble(double value, string text) =>
        Assert.Equal(text, TextPrinter.Print(Ex.Num(value)));

    public static IEnumerable<object[]> ElementFunctions =>
        Enum.GetValues<ElementFunction>().Select(f => new object[] { f });
}
