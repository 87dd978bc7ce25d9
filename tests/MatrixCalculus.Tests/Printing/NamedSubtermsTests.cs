using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Printing;

public class NamedSubtermsTests
{
    [Fact]
    public void ALongRepeatedSubtermIsNamedOnceWhenThatIsShorter()
    {
        var e = Frontend.Compile("exp(Xw + Ay) .* exp(Xw + Ay) + exp(Xw + Ay)", null).Expression;
        var named = NamedSubterms.Name(e);
        Assert.Equal(["T_1 = exp(Xw + Ay)", "T_1 .* T_1 + T_1"], named.Lines(TextPrinter.Print));
        Assert.Equal(e, Substituted(named));
    }

    [Fact]
    public void NamingThatSavesNothingIsNotDone()
    {
        var e = Frontend.Compile("σ(Xw) .* (1 - σ(Xw))", null).Expression;
        var named = NamedSubterms.Name(e);
        Assert.Empty(named.Definitions);
        Assert.Equal(e, named.Body);
    }

    [Fact]
    public void ANameNeverClashesWithASymbolOfTheTerm()
    {
        var e = Frontend.Compile("exp(Xw + Ay) .* exp(Xw + Ay) + exp(Xw + Ay) + T_1", null).Expression;
        var named = NamedSubterms.Name(e);
        Assert.Equal("T_2", named.Definitions.Single().Name.Name);
        Assert.Equal(e, Substituted(named));
    }

    private static Expr Substituted(NamedResult named) =>
        named.Definitions.Reverse().Aggregate(named.Body, (body, d) => body.Substitute(d.Name, d.Value));
}
