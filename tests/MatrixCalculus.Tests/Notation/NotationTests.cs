using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MatrixCalculus.Tests.Calculus;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.Notation;

/// <summary>
/// The formulas of issue 8 as people type them (Cases/notation.asv): each gives the notes'
/// answer, the answer agrees with central differences, and the input evaluates to the numbers
/// of its plain form at a random point, so a row cannot pass by a misreading that happens to
/// print well.
/// </summary>
public class NotationTests
{
    public static IEnumerable<object[]> Rows => AsvCases.Read("notation.asv");

    [Theory, MemberData(nameof(Rows))]
    public void EachWayOfWritingGivesTheNotesAnswerAndTheValueOfThePlainForm(string input, string expected)
    {
        // input @ wrt @ declarations @ plain [@ plain declarations]
        var parts = input.Split('@').Select(p => p.Trim()).ToArray();
        var (text, wrt, declarations, plain) = (parts[0], parts[1], parts[2], parts[3]);
        var plainDeclarations = parts.Length > 4 ? parts[4] : declarations;

        var bound = Frontend.Compile(text, declarations, [wrt]);
        var variable = bound.Symbols.Single(v => v.Name == SymbolNames.Normalize(wrt));
        var d = Differentiation.Run(bound.Expression, variable, 1);
        Assert.Equal(expected, TextPrinter.Print(d.Result));
        AcceptanceTests.AssertChecksNumerically(bound, d);

        var reference = Frontend.Compile(plain, plainDeclarations);
        Assert.Equal(reference.Symbols.Select(v => (v.Name, v.Shape)).OrderBy(s => s.Name, StringComparer.Ordinal),
            bound.Symbols.Select(v => (v.Name, v.Shape)).OrderBy(s => s.Name, StringComparer.Ordinal));
        var point = RandomPoint.Generate(reference.Expression, reference.Symbols, 7);
        var value = Evaluator.Evaluate(bound.Expression, point);
        var plainValue = Evaluator.Evaluate(reference.Expression, point);
        Assert.True(FiniteDifference.Close(plainValue, value, 1e-12, 1e-12), $"{text} is {value} at the point, its plain form {plain} is {plainValue}");
    }
}
