using MatrixCalculus.Numerics;
using MatrixCalculus.Printing;
using MatrixCalculus.Rewriting;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.RewritingTests;

/// <summary>
/// The laws of the commutation matrix, each on a term where it fires (and a few where it must
/// not): the simplified text, the same value at random points of unequal sizes, and a fixed point.
/// </summary>
public class CommutationRuleTests
{
    // term | declarations ⇶ simplified
    public static TheoryData<string, string?, string> Laws => new()
    {
        // K_{m,n}' = K_{n,m}; K_{n,n} is symmetric; K_{m,n}^-1 = K_{n,m}
        { "K_{m,n}'", null, "K_{n,m}" },
        { "K_{n,n}'", null, "K_{n,n}" },
        { "K_{m,n}^-1", null, "K_{n,m}" },
        // K_{n,n}² = I, so its powers alternate
        { "K_{n,n}^2 x", null, "x" },
        { "K_{n,n}^3", null, "K_{n,n}" },
        // K_{m,n}K_{n,m} = I
        { "K_{m,n}K_{n,m}x", null, "x" },
        { "K_{m,n}'K_{m,n}x", null, "x" },
        { "AK_{n,n}K_{n,n}B", null, "AB" },
        // K_{m,n} vec(A) = vec(A') for A m×n, and its transpose vec(A)'K_{n,m} = vec(A')'
        { "K_{m,n} vec(X)", "X: m x n", "vec(X')" },
        { "vec(X)'K_{n,m}", "X: m x n", "vec(X')'" },
        { "K_{m,n} vec(AB)", "A: m x k; B: k x n", "vec(B'A')" },
        // vec(A)'vec(B) = <A, B>, where K vec leaves it
        { "vec(X)'K_{m,n} vec(Y)", "X: n x m; Y: m x n", "<X', Y>" },
        // K_{p,m}(A ⊗ B)K_{n,q} = B ⊗ A for A m×n, B p×q; one side K alone when a factor is a vector
        { "K_{p,m} kron(A, B) K_{n,q}", "A: m x n; B: p x q", "kron(B, A)" },
        { "K_{p,m} kron(a, B)", "a: m; B: p x q", "kron(B, a)" },
        { "kron(a', B)K_{n,q}", "a: n; B: p x q", "kron(B, a')" },
        { "K_{p,m} kron(a, b)", "a: m; b: p", "kron(b, a)" },
        // tr(K_{m,n}(C ⊗ D)) = tr(CD) for C n×m, D m×n, on either side and over a sum
        { "tr(K_{m,n} kron(C, D))", "C: n x m; D: m x n", "tr(CD)" },
        { "tr(kron(C, D)K_{m,n})", "C: n x m; D: m x n", "tr(CD)" },
        { "tr(K_{n,n}(kron(X, Y) + 2kron(A, B)))", null, "tr(XY) + 2 tr(AB)" },
        // tr(K_{m,n}) = 1 + gcd(m - 1, n - 1) for known sizes
        { "tr(K_{3,5})", null, "3" },
        { "tr(K_{4,4})", null, "4" },
        // where no law applies, K stays: K_{m,p}(A ⊗ B) is not B ⊗ A unless K swaps their rows
        { "K_{p,m} kron(A, B)", "A: m x n; B: p x q", "K_{p,m} kron(A, B)" },
        { "K_{m,p} kron(A, B) K_{n,q}", "A: m x n; B: p x q", "K_{m,p} kron(A, B)K_{n,q}" },
        // K_{m,n}K_{m,n} is no identity unless m = n
        { "K_{m,n}K_{m,n}x", null, "K_{m,n}^2 x" },
        // K_{m,n} and K_{n,m} are different matrices: they neither collect nor cancel in a sum
        { "K_{m,n}x - K_{n,m}x", null, "(K_{m,n} - K_{n,m})x" },
        { "K_{m,n}x + K_{m,n}x", null, "2K_{m,n}x" },
    };

    [Theory, MemberData(nameof(Laws))]
    public void EachLawSimplifiesAndKeepsTheValue(string term, string? declarations, string simplified)
    {
        var bound = Frontend.Compile(term, declarations);
        var result = Canonicalizer.Canonicalize(bound.Expression);
        Assert.Equal(simplified, TextPrinter.Print(result));
        Assert.Equal(result, Canonicalizer.Canonicalize(result));
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var point = RandomPoint.Generate(bound.Expression, bound.Symbols, seed);
            var before = Evaluator.Evaluate(bound.Expression, point);
            var after = Evaluator.Evaluate(result, point);
            Assert.True(FiniteDifference.Close(before, after, 1e-10, 1e-12), $"seed={seed}: {term} became {result}");
        }
    }

    [Fact]
    public void TheCanonicalKeyTellsKmnFromKnm()
    {
        var (m, n) = (Dim.Of("m"), Dim.Of("n"));
        Assert.NotEqual(CanonicalKey.Of(Ex.Commutation(m, n)), CanonicalKey.Of(Ex.Commutation(n, m)));
        Assert.Equal(CanonicalKey.Of(Ex.Commutation(m, n)), CanonicalKey.Of(Ex.Commutation(m, n)));
    }
}
