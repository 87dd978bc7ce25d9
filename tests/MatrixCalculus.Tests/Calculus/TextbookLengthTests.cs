using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MatrixCalculus.Tests.Support;
using Xunit.Abstractions;

namespace MatrixCalculus.Tests.Calculus;

/// <summary>
/// The measure of issue 4: printed length over textbook length, for textbook answers of the
/// course notes and the Matrix Cookbook. Each textbook form is first checked to have the same
/// value as the engine's result, so the table cannot drift from the truth.
/// </summary>
public class TextbookLengthTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Rows => AsvCases.Read("textbook.asv");

    [Theory, MemberData(nameof(Rows))]
    public void EachTextbookFormHasTheValueOfTheResult(string input, string textbook)
    {
        var (bound, d) = AcceptanceTests.Run(input);
        AcceptanceTests.AssertChecksNumerically(bound, d);
        var reread = Frontend.Compile(textbook, DeclarationText.Declarations(bound.Symbols));
        var point = RandomPoint.Generate(bound.Expression, bound.Symbols, 3);
        var expected = DerivativeValue.Evaluate(d, point);
        var actual = Evaluator.Evaluate(reread.Expression, point);
        Assert.True(FiniteDifference.Close(expected, actual, 1e-9, 1e-9), $"the textbook form {textbook} differs from {TextPrinter.Print(d.Result)}");
    }

    [Fact]
    public void PrintedResultsAreAsShortAsTheTextbooks()
    {
        var ratios = new List<double>();
        foreach (var row in Rows)
        {
            var (input, textbook) = ((string)row[0], (string)row[1]);
            var printed = TextPrinter.Print(AcceptanceTests.Run(input).Derivation.Result);
            double ratio = (double)printed.Length / textbook.Length;
            ratios.Add(ratio);
            output.WriteLine($"{ratio,5:F2}  {printed}  vs  {textbook}");
        }
        ratios.Sort();
        double median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[ratios.Count / 2 - 1] + ratios[ratios.Count / 2]) / 2;
        output.WriteLine($"{ratios.Count} answers, median {median:F2}, max {ratios[^1]:F2}");
        Assert.True(ratios.Count >= 40, $"only {ratios.Count} textbook answers");
        Assert.True(median <= 1.1, $"median ratio {median:F2}");
        Assert.True(ratios[^1] <= 1.5, $"largest ratio {ratios[^1]:F2}");
    }
}
