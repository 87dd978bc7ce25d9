using CsCheck;
using MatrixCalculus.Numerics;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.Properties;

/// <summary>
/// The generator itself: it reaches every node of the term language (so a node added to Expr.cs
/// without a production fails here), every entrywise function and norm, and its terms have the
/// shape asked for and a finite value at their random point (domains kept by construction).
/// </summary>
public class ExprGeneratorTests
{
    private static List<Expr> Sample(int count, int seed)
    {
        var terms = new List<Expr>();
        var gen = ExprGenerator.AnyTerm();
        // A fixed seed, so a coverage failure is a change of the generator, not bad luck.
        gen.Sample(c => { lock (terms) terms.Add(c.Term); }, iter: count, threads: 1, seed: Seeds[seed]);
        return terms;
    }

    private static readonly string[] Seeds = ["0000000000001", "0000000000002"];

    private static IEnumerable<Expr> Nodes(Expr e) => new[] { e }.Concat(e.Children().SelectMany(Nodes));

    [Fact]
    public void EveryNodeOfTheLanguageButTheDifferentialIsGenerated()
    {
        var seen = Sample(3000, 0).SelectMany(Nodes).Select(n => n.GetType()).ToHashSet();
        var nodes = typeof(Expr).Assembly.GetTypes()
            .Where(t => t.IsSealed && t.IsSubclassOf(typeof(Expr)) && t != typeof(Differential));
        Assert.Empty(nodes.Where(t => !seen.Contains(t)).Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryEntrywiseFunctionAndNormIsGenerated()
    {
        var nodes = Sample(3000, 0).SelectMany(Nodes).ToList();
        var functions = nodes.OfType<Apply>().Select(a => a.Function).ToHashSet();
        var norms = nodes.OfType<Norm>().Select(n => n.Kind).ToHashSet();
        Assert.Empty(Enum.GetValues<ElementFunction>().Where(f => !functions.Contains(f)));
        Assert.Empty(Enum.GetValues<NormKind>().Where(k => !norms.Contains(k)));
        // Powers of both kinds: scalar real powers and integer matrix powers.
        Assert.Contains(nodes.OfType<Power>(), p => p.Base.Shape.IsScalar && p.Exponent is Const { Value: 0.5 or 1.5 or -0.5 or 2.5 });
        Assert.Contains(nodes.OfType<Power>(), p => !p.Base.Shape.IsScalar);
    }

    [Theory]
    [InlineData(Domain.Any), InlineData(Domain.Bounded), InlineData(Domain.Positive), InlineData(Domain.Unit), InlineData(Domain.Spd)]
    public void TermsHaveTheAskedShapeAndAreDefinedAtTheirRandomPoint(Domain domain)
    {
        var shape = domain == Domain.Spd ? Shape.Square(VariablePool.N) : new Shape(VariablePool.N, VariablePool.M);
        ExprGenerator.Term(shape, domain).Select(Gen.Int[0, 1000], (e, seed) => (e, seed)).Sample(c =>
        {
            Assert.Equal(shape, c.e.Shape);
            var point = RandomPoint.Generate(c.e, VariablePool.All, c.seed);
            var value = Evaluator.Evaluate(c.e, point);
            switch (domain)
            {
                case Domain.Positive: Assert.All(value.Enumerate(), v => Assert.True(v > 0, $"{v} in {c.e}")); break;
                case Domain.Unit: Assert.All(value.Enumerate(), v => Assert.True(Math.Abs(v) <= 0.9 + 1e-12, $"{v} in {c.e}")); break;
                // Bounded assumes variables with entries in [-2, 2], which random points give unless a
                // square variable also appears under an inverse, where it is made spd (entries up to ~n + 5).
                case Domain.Bounded when c.e.Variables().All(v => point[v.Name].Enumerate().All(entry => Math.Abs(entry) <= 2)):
                    Assert.All(value.Enumerate(), v => Assert.True(Math.Abs(v) <= 2 + 1e-12, $"{v} in {c.e}"));
                    break;
                case Domain.Spd:
                    Assert.True((value - value.Transpose()).FrobeniusNorm() <= 1e-9 * value.FrobeniusNorm(), $"not symmetric: {c.e}");
                    Assert.True(value.Evd().EigenValues.All(l => l.Real > 0), $"not positive definite: {c.e}");
                    break;
            }
        }, iter: 300, print: c => $"{c.e}, point seed {c.seed}");
    }
}
