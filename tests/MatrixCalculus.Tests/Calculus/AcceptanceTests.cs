using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.Calculus;

/// <summary>
/// The course notes' worked examples: each gives the notes' answer, agrees with central
/// differences, and its printed result reads back to the same numbers.
/// </summary>
public class AcceptanceTests
{
    public static IEnumerable<object[]> Derivatives => AsvCases.Read("acceptance.asv");
    public static IEnumerable<object[]> Differentials => AsvCases.Read("differentials.asv");

    [Theory, MemberData(nameof(Derivatives))]
    public void TheNotesWorkedExamplesGiveTheNotesAnswers(string input, string expected)
    {
        var (bound, d) = Run(input);
        Assert.Equal(expected, TextPrinter.Print(d.Result));
        AssertChecksNumerically(bound, d);
        AssertPrintedResultReadsBack(bound, d);
    }

    [Theory, MemberData(nameof(Differentials))]
    public void TheDifferentialsPrintAsInTheNotesTable(string input, string expected)
    {
        var (bound, d) = Run(input);
        Assert.Equal(expected, TextPrinter.Print(d.Differential));
        AssertChecksNumerically(bound, d);
    }

    internal static (BoundExpression Bound, Derivation Derivation) Run(string input)
    {
        // expression @ wrt @ declarations [@ order]
        var parts = input.Split('@').Select(p => p.Trim()).ToArray();
        var bound = Frontend.Compile(parts[0], parts[2]);
        var wrt = bound.Symbols.Single(v => v.Name == parts[1]);
        var order = parts.Length > 3 ? int.Parse(parts[3]) : 1;
        return (bound, Differentiation.Run(bound.Expression, wrt, order));
    }

    internal static void AssertChecksNumerically(BoundExpression bound, Derivation d)
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var point = RandomPoint.Generate(bound.Expression, bound.Symbols, seed);
            var report = Checker.Check(bound.Expression, d, point, seed);
            Assert.True(report.Passed, $"seed={seed}: relative error {report.MaxRelativeError:g3} for {bound.Expression}, result {d.Result}");
        }
    }

    /// <summary>The printed result, read again under the symbols' own shapes, has the derivative's values.</summary>
    internal static void AssertPrintedResultReadsBack(BoundExpression bound, Derivation d)
    {
        var symbols = d.Direction is { } v ? bound.Symbols.Append(v).ToList() : bound.Symbols.ToList();
        var reread = Frontend.Compile(TextPrinter.Print(d.Result), DeclarationText.Declarations(symbols));
        var point = RandomPoint.Generate(bound.Expression, bound.Symbols, 11);
        if (d.Direction is { } direction)
            point = point.With(direction.Name, FiniteDifference.RandomDirection(new Var(direction.Name, direction.Shape, direction.Attributes),
                point.With(direction.Name, point[d.Wrt.Name]), new Random(5)));
        var expected = Evaluator.Evaluate(d.Result, point);
        var actual = Evaluator.Evaluate(reread.Expression, point);
        Assert.True(FiniteDifference.Close(expected, actual, 1e-12, 1e-12), $"{TextPrinter.Print(d.Result)} reads back as {reread.Expression}");
    }
}
