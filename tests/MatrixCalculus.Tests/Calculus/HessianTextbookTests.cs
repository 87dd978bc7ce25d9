using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MatrixCalculus.Tests.Support;
using Xunit.Abstractions;

namespace MatrixCalculus.Tests.Calculus;

/// <summary>
/// Issue 9's measure for second derivatives and Jacobians: printed length over textbook length
/// for the Hessians and Jacobians of the course notes and the Matrix Cookbook (hessians.asv),
/// median ≤ 1.0 and none above 1.3. Each result is a matrix (never a map of a direction), agrees
/// with finite differences, and has the value of the textbook form, so the table cannot drift.
/// </summary>
public class HessianTextbookTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Rows => AsvCases.Read("hessians.asv");

    [Theory, MemberData(nameof(Rows))]
    public void EachTextbookFormHasTheValueOfTheResult(string input, string textbook)
    {
        var (bound, d) = AcceptanceTests.Run(input);
        Assert.Null(d.Direction);
        AcceptanceTests.AssertChecksNumerically(bound, d);
        // A zero prints as 0, which reads back as the number 0.
        if (d.Result is Terms.Zero) Assert.Equal("0", TextPrinter.Print(d.Result));
        else AcceptanceTests.AssertPrintedResultReadsBack(bound, d);
        var reread = Frontend.Compile(textbook, DeclarationText.Declarations(bound.Symbols));
        var point = RandomPoint.Generate(bound.Expression, bound.Symbols, 3);
        var expected = DerivativeValue.Evaluate(d, point);
        var actual = Evaluator.Evaluate(reread.Expression, point);
        if (actual.RowCount == 1 && actual.ColumnCount == 1 && actual[0, 0] == 0) actual = expected * 0;
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
        Assert.True(ratios.Count >= 30, $"only {ratios.Count} textbook answers");
        Assert.True(median <= 1.0, $"median ratio {median:F2}");
        Assert.True(ratios[^1] <= 1.3, $"largest ratio {ratios[^1]:F2}");
    }
}
