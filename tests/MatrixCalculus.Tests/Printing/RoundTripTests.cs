using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;

namespace MatrixCalculus.Tests.Printing;

/// <summary>The text printer's contract: what it prints, the frontend reads back as the same term.</summary>
public class RoundTripTests
{
    [Theory]
    [MemberData(nameof(PrinterCases.ParseableRows), MemberType = typeof(PrinterCases))]
    public void CompilingThePrintedTextGivesBackTheSameTerm(PrinterCase row)
    {
        var text = TextPrinter.Print(row.Term);
        var declarations = RoundTripDeclarations.Of(row.Term);
        var compiled = Frontend.Compile(text, declarations).Expression;
        Assert.True(compiled.Equals(row.ReadsBack),
            $"{text} under \"{declarations}\" compiled to {compiled} ({Structure(compiled)}), expected {Structure(row.ReadsBack)}");
    }

    private static string Structure(Terms.Expr e) => Rewriting.CanonicalKey.Of(e);
}
