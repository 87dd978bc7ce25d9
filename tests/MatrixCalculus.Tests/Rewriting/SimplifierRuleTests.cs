using System.Text.RegularExpressions;
using MatrixCalculus.Numerics;
using MatrixCalculus.Rewriting;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.RewritingTests;

/// <summary>
/// One row per simplifier rule: a term on which the rule fires. The simplified term must have
/// the value of the original at random points of unequal sizes, so a wrong rule fails by name.
/// </summary>
public class SimplifierRuleTests
{
    // rule, term, declarations
    private static readonly (string Rule, string Term, string? Declarations)[] Rows =
    [
        ("transpose-product", "(ABx)'", null),
        ("transpose-sum", "(A + B)'C", null),
        ("inverse-transpose", "((A'A + I)^-1)'", null),
        ("transpose-entrywise", "(exp(A) .* B)'", null),
        ("transpose-diag", "(diag(x))'A", null),
        ("transpose-other", "(kron(A, B))'", null),
        ("hadamard-cancel", "(exp(x) .* y) ./ exp(x)", null),
        ("inverse-cancel", "(A'A + I)^-1 (A'A + I) x", null),
        ("ones-sum", "1_n'x", "x: n"),
        ("stochastic-rows", "Y 1_m + z", "Y: n x m stochastic"),
        ("stochastic-sum", "sum(y) x", "y: simplex"),
        ("hadamard-ones", "(1_n 1_m') .* X", "X: n x m"),
        ("diag-times-vector", "diag(x)y", null),
        ("identity-distribute", "(I - xy')z", null),
        ("power-collect", "AAA", null),
        ("inner-self", "(Ax - y)'(Ax - y)", null),
        ("trace-cyclic", "tr(xy')", null),
        ("sum-hadamard", "sum(x .* y)", null),
        ("inner-common-right", "<x, z> - <y, z>", null),
        ("collect-like-terms", "Ax + 2Ax - x .* y + y .* x", null),
        ("common-coefficient", "(2/N)Ax - (2/N)y", null),
        ("factor-common", "A'Bx - A'y", null),
        ("negate-sum", "-(x - y - z)", null),
        ("gather-scalars", "2((3/N)x)", null),
        ("diag-of", "diag(xy')", null),
        ("divide-out", "A(B/(y'y))x", null),
        ("negative-factor", "A(-x - y)", null),
        ("diag-product", "diag(x) diag(y)A", null),
        ("power-of-power", "(A^2)^3", null),
        ("collect-coefficients", "αAx + βAx", null),
        ("diag-sum", "diag(x) + 2 diag(y)", null),
        ("hadamard-factor", "x .* y - x .* z", null),
        ("commutation-transpose", "K_{m,n}'x", null),
        ("commutation-product", "K_{m,n} vec(X)", "X: m x n"),
        ("commutation-trace", "tr(K_{m,n} kron(C, D))", "C: n x m; D: m x n"),
        ("inner-vec", "vec(A)'vec(B)", "A: n x m; B: n x m"),
        ("kron-outer", "kron(x', y) + A", null),
        ("kron-reduction", "tr(kron(A, B)) + sum(kron(x, C))", null),
        ("kron-mixed-product", "kron(A, B) kron(C, D)", "A: n x m; B: p x q; C: m x r; D: q x s"),
    ];

    public static TheoryData<string> RuleNames => new(Rows.Select(r => r.Rule));

    [Theory, MemberData(nameof(RuleNames))]
    public void EachSimplifierRuleFiresAndKeepsTheValue(string rule)
    {
        var row = Rows.Single(r => r.Rule == rule);
        var bound = Frontend.Compile(row.Term, row.Declarations);
        var log = new RewriteLog();
        var simplified = Canonicalizer.Simplify(bound.Expression, log);
        Assert.Contains(log.Steps, step => step.Rule == rule);
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var point = RandomPoint.Generate(bound.Expression, bound.Symbols, seed);
            var before = Evaluator.Evaluate(bound.Expression, point);
            var after = Evaluator.Evaluate(simplified, point);
            Assert.True(FiniteDifference.Close(before, after, 1e-10, 1e-12), $"seed={seed}: {bound.Expression} became {simplified}");
        }
    }

    [Fact]
    public void EveryRuleOfTheTableHasARowAndAStableKebabCaseName()
    {
        var names = Rules.All.Select(r => r.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches(new Regex("^[a-z]+(-[a-z]+)*$"), n));
        Assert.Equal(names.Order(), Rows.Select(r => r.Rule).Order());
        Assert.All(Rules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Law)));
    }

    [Fact]
    public void SimplifyingTwiceChangesNothing()
    {
        foreach (var row in Rows)
        {
            var once = Canonicalizer.Canonicalize(Frontend.Compile(row.Term, row.Declarations).Expression);
            var log = new RewriteLog();
            Assert.Equal(once, Canonicalizer.Simplify(once, log));
            Assert.Empty(log.Steps);
        }
    }
}
