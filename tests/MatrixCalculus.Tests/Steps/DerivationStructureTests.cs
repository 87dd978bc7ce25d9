using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Rewriting;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Printing;

namespace MatrixCalculus.Tests.Steps;

/// <summary>
/// Properties of every textbook derivation: its shape (d(f) first, the derivative last), its
/// length, its vocabulary of rule names, and that every step is an equality, checked in numbers.
/// </summary>
public class DerivationStructureTests
{
    public static IEnumerable<object[]> Rows => TextbookRows.All;

    [Theory, MemberData(nameof(Rows))]
    public void TheDerivationStartsAtDOfFAndEndsWithTheDerivative(TextbookDerivative row)
    {
        var (bound, _, d) = TextbookRows.Run(row);
        Assert.Equal(new DerivationStep("", Ex.D(bound.Expression), StepKind.Start), d.Steps[0]);
        Assert.Equal(StepKind.Result, d.Steps[^1].Kind);
        Assert.Equal(d.Result, d.Steps[^1].Expression);
        Assert.Single(d.Steps, s => s.Kind == StepKind.Result);
        Assert.Equal(d.Order, d.Steps.Count(s => s.Kind == StepKind.Start));
        // every start is followed by at least one line, and every line but a start names its rules
        Assert.All(TextbookRows.Chains(d), chain => Assert.True(chain.Count > 1, $"the chain of {chain[0].Expression} is empty"));
        Assert.All(d.Steps.Where(s => s.Kind == StepKind.Equal), s => Assert.NotEqual("", s.Rule));
    }

    [Theory, MemberData(nameof(Rows))]
    public void TheFirstChainPassesThroughTheDifferentialOrEndsInTheIdentifiedForm(TextbookDerivative row)
    {
        var (_, wrt, d) = TextbookRows.Run(row);
        var first = TextbookRows.Chains(d).First();
        var last = first[^1];
        // The differential itself, or (when it was folded into the identification) df = <G, dX>, J dx, f' dα.
        var identified = last.Rule.Split(", ").Contains("identify");
        Assert.True(identified || last.Expression.Equals(d.Differential),
            $"the first chain ends at {last.Expression} [{last.Rule}], not at df = {d.Differential}");
        Assert.DoesNotContain(first.Skip(1).SkipLast(1), s => s.Rule.Contains("identify"));
        Assert.True(last.Expression.Contains(Ex.D(wrt)) || d.Differential is Zero);
    }

    [Theory, MemberData(nameof(Rows))]
    public void EveryChainHasAtMostTwelveSteps(TextbookDerivative row)
    {
        // One rule per simplifier line makes a Hessian (two chains) longer than twelve in all.
        var (_, _, d) = TextbookRows.Run(row);
        foreach (var chain in TextbookRows.Chains(d))
            Assert.True(chain.Count <= 12, $"{chain.Count} steps:\n{string.Join("\n", chain)}");
    }

    // Rules that only move transposes and scalars about: folded into the next line with their names.
    private static readonly HashSet<string> Bookkeeping =
    [
        "transpose-product", "transpose-sum", "inverse-transpose", "transpose-entrywise", "transpose-diag",
        "transpose-other", "gather-scalars", "negate-sum", "common-coefficient",
    ];

    [Theory, MemberData(nameof(Rows))]
    public void EverySimplifierLineNamesOneRuleBesidesBookkeeping(TextbookDerivative row)
    {
        var (_, _, d) = TextbookRows.Run(row);
        var simplifierRules = Rules.All.Select(r => r.Name).ToHashSet();
        foreach (var step in d.Steps)
        {
            var rules = step.Rule.Split(", ", StringSplitOptions.RemoveEmptyEntries);
            if (rules.Length == 0 || !rules.All(simplifierRules.Contains)) continue;
            Assert.True(rules.Count(r => !Bookkeeping.Contains(r)) <= 1, $"[{step.Rule}] at {step.Expression}");
        }
    }

    // The names a derivation may show: the differential rules, the simplifier's rules, the laws of
    // identification, and the rules that read the derivative off in another form.
    private static readonly HashSet<string> Vocabulary =
    [
        "d-const", "d-add", "d-matmul", "d-scale", "d-quotient", "d-transpose", "d-inverse", "d-power",
        "d-power-general", "d-matrix-power", "d-trace", "d-det", "d-logdet", "d-hadamard", "d-hadamard-divide",
        "d-elementwise-power", "d-kron", "d-log-softmax", "d-elementwise", "d-sum", "d-diag", "d-vec",
        "d-softmax", "d-logsumexp", "d-norm-power", "d-norm1", "d-norm2", "d-normF", "d-inner",
        .. Rules.All.Select(r => r.Name),
        "transpose-scalar", "trace-transpose", "trace-cyclic", "hadamard-inner", "sum-inner", "identify",
        "outer-product", "diag-commute", "hadamard-diag", "vec-kronecker", "commutation",
        "symmetric-part", "diagonal-part", "linear-map", "identify-kronecker", "denominator-layout", "bilinear-form",
    ];

    [Theory, MemberData(nameof(Rows))]
    public void EveryRuleNamedInAStepIsAKnownRule(TextbookDerivative row)
    {
        var (_, _, d) = TextbookRows.Run(row);
        var names = d.Steps.Where(s => s.Rule.Length > 0).SelectMany(s => s.Rule.Split(", "));
        Assert.All(names, name => Assert.Contains(name, Vocabulary));
    }

    [Theory, MemberData(nameof(Rows))]
    public void EveryStepEqualsTheDifferentialAlongARandomDirection(TextbookDerivative row)
    {
        var (bound, wrt, d) = TextbookRows.Run(row);
        foreach (var seed in new[] { 1, 2 })
        {
            var point = RandomPoint.Generate(bound.Expression, bound.Symbols, seed);
            var v = FiniteDifference.RandomDirection(wrt, point, new Random(seed));
            var chains = TextbookRows.Chains(d).ToList();
            // The first chain's identified form is df itself, in numbers.
            var df = StepValues.Evaluate(d.Differential, wrt, point, v);
            Assert.True(FiniteDifference.Close(df, StepValues.Evaluate(chains[0][^1].Expression, wrt, point, v), 1e-9, 1e-12),
                $"seed={seed}: {chains[0][^1].Expression} is not df = {d.Differential}");
            foreach (var chain in chains)
            {
                // Every line of a chain has the value of its last line (no d(·) left there); the start,
                // d(f), and any d(g) not yet pushed down are central differences, hence the tolerance.
                var reference = StepValues.Evaluate(chain[^1].Expression, wrt, point, v);
                foreach (var step in chain)
                {
                    var value = StepValues.Evaluate(step.Expression, wrt, point, v);
                    Assert.True(FiniteDifference.Close(reference, value, 1e-5, 1e-7),
                        $"seed={seed}: {step.Expression} [{step.Rule}] differs from {chain[^1].Expression}: relative error {FiniteDifference.RelativeError(reference, value):g3}");
                }
            }
        }
    }
}
