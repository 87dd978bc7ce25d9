using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.Printing;

/// <summary>
/// The round trip over what the binder builds from the parser's and the binder's case tables:
/// every input that compiles prints as text that compiles back to the same term.
/// </summary>
public class BoundCorpusRoundTripTests
{
    public static IEnumerable<object[]> Inputs() =>
        AsvCases.Read("shapes.asv").Concat(AsvCases.Read("parse.asv")).Select(row => new[] { row[0] });

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EveryCompiledInputPrintsAsTextThatCompilesBackToTheSameTerm(string input)
    {
        var term = CompileOrNull(input);
        if (term is null) return; // a parse-table input that is no well-shaped expression
        var text = TextPrinter.Print(term);
        var declarations = RoundTripDeclarations.Of(term);
        var again = Frontend.Compile(text, declarations).Expression;
        Assert.True(again.Equals(term), $"{input} printed as {text}, which compiled under \"{declarations}\" to {again}");
    }

    [Fact]
    public void MostOfTheCorpusCompiles() =>
        Assert.True(Inputs().Count(row => CompileOrNull((string)row[0]) is not null) >= 150);

    private static Terms.Expr? CompileOrNull(string input)
    {
        int bar = input.LastIndexOf(" | ", StringComparison.Ordinal);
        var (expression, declarations) = bar < 0 ? (input, null) : (input[..bar].Trim(), input[(bar + 3)..].Trim());
        try { return Frontend.Compile(expression, declarations).Expression; }
        catch (MatrixCalculusException) { return null; }
    }
}
