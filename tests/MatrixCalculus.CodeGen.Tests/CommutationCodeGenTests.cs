using MatrixCalculus.CodeGen.Tests.Support;

namespace MatrixCalculus.CodeGen.Tests;

/// <summary>
/// Results that hold the commutation matrix K_{m,n}: the generated file runs, matches the library
/// and passes its self-check in each language, and a product with K is a gather of rows or
/// columns (a reshape and a transpose), never a product with a built K.
/// </summary>
public class CommutationCodeGenTests
{
    private static readonly (string Expression, string Wrt, int Order)[] Rows =
    [
        // ∇ = (K_{2,3}A + A'K_{3,2})x: K against a vector and against a matrix, either side
        ("x'K_{2,3} A x", "x", 1),
        ("x'K_{2,3} A x", "x", 2),
        // ∇² = 2K_{3,3}: K as a value of its own
        ("x'K_{3,3}x", "x", 2),
        // sizes named by the symbols: ∇_w = K_{n,m} kron(a, b), ∇_a = kron(I_n, b')K_{m,n}w
        ("w'K_{n,m} kron(a, b)", "w", 1),
        ("w'K_{n,m} kron(a, b)", "a", 1),
        // a derivative wrt a matrix with K inside the map, one basis direction at a time
        ("vec(X)'K_{n,m} A vec(X)", "X", 1),
        ("tr(K_{n,n} kron(X, X))", "X", 2),
    ];

    internal static IEnumerable<Case> Build() => Rows.Select(r => Case.FromText(r.Expression, r.Wrt, r.Order));

    [Theory]
    [InlineData(Language.NumPy)]
    [InlineData(Language.PyTorch)]
    [InlineData(Language.CSharp)]
    public void ResultsWithKRunAndMatchTheLibrary(Language language)
    {
        var failures = Batches.Failures("commutation", language);
        Assert.True(failures.Count == 0, $"{failures.Count} of {Batches.Count("commutation", language)} failed:\n" + string.Join("\n\n", failures.Take(3)));
    }

    [Theory]
    [InlineData(Language.NumPy, "_np.eye(", ".transpose(0, 2, 1)")]
    [InlineData(Language.PyTorch, "_torch.eye(", ".permute(0, 2, 1)")]
    [InlineData(Language.CSharp, "DenseIdentity(", "_Commute(")]
    public void AProductWithKIsAGatherNotABuiltK(Language language, string builtIdentity, string gather)
    {
        var code = Case.FromText("w'K_{n,m} kron(a, b)", "w").Generate(language);
        // the function itself, not the self-check's helpers (which draw spd points with an identity)
        var function = code[..code.IndexOf(language == Language.CSharp ? " Evaluate(" : "def evaluate", StringComparison.Ordinal)];
        Assert.Contains(gather, function, StringComparison.Ordinal);
        Assert.DoesNotContain(builtIdentity, function, StringComparison.Ordinal);
    }
}
