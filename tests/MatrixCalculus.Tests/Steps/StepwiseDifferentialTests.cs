using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Calculus;
using MatrixCalculus.Tests.Printing;
using static MatrixCalculus.Tests.Support.Symbols;

namespace MatrixCalculus.Tests.Steps;

/// <summary>
/// d pushed one level per step reads the same rule table as the recursive differentiator, so it
/// ends at exactly the recursive differential, and each step goes exactly one level down.
/// </summary>
public class StepwiseDifferentialTests
{
    public static IEnumerable<object[]> Rows => TextbookRows.All;

    [Theory, MemberData(nameof(Rows))]
    public void TheLastLevelIsTheRecursiveDifferentialOfTheTextbookFunction(TextbookDerivative row)
    {
        var (bound, wrt, d) = TextbookRows.Run(row);
        AssertSameDifferential(bound.Expression, wrt);
        // and for a Hessian, of the gradient too
        if (row.Order == 2 && d.Direction is null) AssertSameDifferential(TextbookRows.Chains(d).Last()[0].Expression is Differential g ? g.Arg : throw new InvalidOperationException(), wrt);
    }

    [Theory, MemberData(nameof(RuleSoundnessTests.Rules), MemberType = typeof(RuleSoundnessTests))]
    public void TheLastLevelIsTheRecursiveDifferentialForEveryRule(string rule, Expr f, Var wrt)
    {
        var levels = AssertSameDifferential(f, wrt);
        Assert.Contains(levels, level => level.Rules.Split(", ").Contains(rule));
    }

    [Fact]
    public void TheLastLevelIsTheRecursiveDifferentialEvenWhereAConstructorReordersScalars()
    {
        // d log|det X|: sign(det X) ⊙ d(det X) is a product of scalars, and the Hadamard product
        // takes det X out in front of sign(det X) only when d(det X) is built inside it
        var bound = Semantics.Frontend.Compile("log(abs(det(X)))", null);
        AssertSameDifferential(bound.Expression, bound.Symbols.Single(v => v.Name == "X"));
    }

    [Fact]
    public void TheLastLevelIsTheRecursiveDifferentialOfRandomTerms()
    {
        var terms = new RandomTerms(seed: 7);
        int checkedTerms = 0;
        for (int i = 0; i < 300; i++)
        {
            var f = terms.Next();
            foreach (var wrt in f.Variables())
            {
                Expr recursive;
                try { recursive = new Differentiator(wrt, new RuleLog()).Differentiate(f); }
                catch (MatrixCalculusException) { continue; } // no rule for it: the stepwise one fails alike
                Assert.Equal(recursive, new StepwiseDifferential(wrt).Levels(f)[^1].Expression);
                checkedTerms++;
            }
        }
        Assert.True(checkedTerms > 300, $"only {checkedTerms} differentials compared");
    }

    private static IReadOnlyList<StepwiseDifferential.Level> AssertSameDifferential(Expr f, Var wrt)
    {
        var levels = new StepwiseDifferential(wrt).Levels(f);
        var recursive = new Differentiator(wrt, new RuleLog()).Differentiate(f);
        Assert.Equal(recursive, levels[^1].Expression);
        Assert.Equal(Ex.D(f), levels[0].Expression);
        // Only dX is left at the end; before the end some d(·) of another term is still to push.
        Assert.DoesNotContain(levels[^1].Expression.Descendants(), e => e is Differential { Arg: not Var });
        Assert.All(levels.Skip(1).SkipLast(1), level =>
            Assert.Contains(level.Expression.Descendants(), e => e is Differential { Arg: not Var }));
        return levels;
    }

    [Fact]
    public void EachStepPushesEveryOutermostDifferentialOneLevel()
    {
        // d tr(AX + X'X) = tr d(AX + X'X) = tr(d(AX) + d(X'X)) = tr(A dX + d(X')X + X'dX) = tr(A dX + dX'X + X'dX)
        var f = Ex.Trace(Ex.Add(Ex.MatMul(A, X), Ex.MatMul(X.T, X)));
        var levels = new StepwiseDifferential(X).Levels(f);
        Assert.Equal(["", "d-trace", "d-add", "d-matmul, d-const", "d-transpose"], levels.Select(l => l.Rules));
        Assert.Equal(["d(tr(AX + X'X))", "tr(d(AX + X'X))", "tr(d(AX) + d(X'X))", "tr(A dX + d(X') X + X' dX)", "tr(A dX + dX'X + X' dX)"],
            levels.Select(l => l.Expression.ToString()));
    }

    [Fact]
    public void ConstantOperandsVanishInTheStepThatReachesThem()
    {
        // d(a'Xa) = a' dX a at once: d(a') and d(a) are 0 (d-const) on the first line
        var levels = new StepwiseDifferential(X).Levels(Ex.MatMul(a.T, X, a));
        Assert.Equal(2, levels.Count);
        Assert.Equal("d-matmul, d-const", levels[1].Rules);
        Assert.True(levels[1].PassThrough);
    }

    [Fact]
    public void AProductRuleWithTwoVaryingFactorsIsNotAPassThrough()
    {
        var levels = new StepwiseDifferential(x).Levels(Ex.MatMul(x.T, A, x));
        Assert.False(levels[1].PassThrough);
        Assert.True(levels[2].PassThrough); // d(x') = dx'
    }

    [Fact]
    public void TheDifferentialOfAConstantIsZeroInOneStep()
    {
        var levels = new StepwiseDifferential(x).Levels(Ex.MatMul(a.T, a));
        Assert.Equal("d-const", levels[1].Rules);
        Assert.IsType<Zero>(levels[1].Expression);
    }
}
