using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;

namespace MatrixCalculus.Tests.Printing;

/// <summary>Compile(Print(e)) == e over random terms; a failure names its seed for a one-line repro.</summary>
public class RandomRoundTripTests
{
    [Fact]
    public void RandomTermsPrintAsTextThatCompilesBackToTheSameTerm()
    {
        for (int seed = 0; seed < 3000; seed++)
        {
            var term = new RandomTerms(seed).Next();
            var text = TextPrinter.Print(term);
            var declarations = RoundTripDeclarations.Of(term);
            var again = CompileOrExplain(text, declarations, seed);
            Assert.True(ReadBackEquivalence.Normalize(again).Equals(ReadBackEquivalence.Normalize(term)),
                $"seed={seed}: {text} under \"{declarations}\" compiled to {again}\n  {Rewriting.CanonicalKey.Of(term)}\n  {Rewriting.CanonicalKey.Of(again)}");
            Assert.NotEmpty(LatexPrinter.Print(term));
        }
    }

    private static Terms.Expr CompileOrExplain(string text, string declarations, int seed)
    {
        try { return Frontend.Compile(text, declarations).Expression; }
        catch (MatrixCalculus.Syntax.MatrixCalculusException e) { throw new Xunit.Sdk.XunitException($"seed={seed}: {text} under \"{declarations}\" does not compile: {e.Diagnostic.Render()}"); }
    }
}
