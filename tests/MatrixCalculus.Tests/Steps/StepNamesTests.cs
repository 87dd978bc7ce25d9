using MatrixCalculus.Calculus;
using MatrixCalculus.Printing;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Printing;

namespace MatrixCalculus.Tests.Steps;

/// <summary>Naming long repeated subterms for display: only where lines are long, and never changing what a line says.</summary>
public class StepNamesTests
{
    public static IEnumerable<object[]> Rows => TextbookRows.All;

    [Fact]
    public void ShortDerivationsAreLeftAsTheyAre()
    {
        var d = Derive.Run("(1/N)||Xw - y||^2", "w");
        var named = StepNames.Name(d.Steps);
        Assert.Empty(named.Definitions);
        Assert.Same(d.Steps, named.Steps);
    }

    [Theory, MemberData(nameof(Rows))]
    public void PuttingTheDefinitionsBackGivesTheStepsAgain(TextbookDerivative row)
    {
        var (_, _, d) = TextbookRows.Run(row);
        var named = StepNames.Name(d.Steps);
        Assert.Equal(d.Steps.Count, named.Steps.Count);
        for (int i = 0; i < d.Steps.Count; i++)
        {
            // each name is defined only in terms of the names before it
            var expanded = named.Definitions.Reverse().Aggregate(named.Steps[i].Expression, (e, def) => e.Substitute(def.Name, def.Value));
            Assert.Equal(TextPrinter.Print(d.Steps[i].Expression), TextPrinter.Print(expanded));
            Assert.Equal(d.Steps[i].Rule, named.Steps[i].Rule);
        }
        for (int i = 0; i < named.Definitions.Count; i++)
        {
            Assert.Equal($"T_{i + 1}", named.Definitions[i].Name.Name);
            Assert.DoesNotContain(named.Definitions.Skip(i), later => named.Definitions[i].Value.Contains(later.Name));
            Assert.False(named.Definitions[i].Value.Any(e => e is Differential));
        }
    }

    [Theory, MemberData(nameof(Rows))]
    public void NamingNeverMakesTheDerivationLonger(TextbookDerivative row)
    {
        var (_, _, d) = TextbookRows.Run(row);
        var named = StepNames.Name(d.Steps);
        int Length(IEnumerable<DerivationStep> steps) => steps.Sum(s => TextPrinter.Print(s.Expression).Length);
        var withDefinitions = Length(named.Steps) + named.Definitions.Sum(def => def.Name.Name.Length + 3 + TextPrinter.Print(def.Value).Length);
        Assert.True(withDefinitions <= Length(d.Steps));
    }
}
