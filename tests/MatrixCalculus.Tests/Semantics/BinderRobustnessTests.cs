using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Tests.SemanticsTests;

/// <summary>
/// Random expressions from the grammar, well- and ill-shaped: binding either succeeds, the same
/// way twice, or throws a <see cref="MatrixCalculusException"/> with a span inside the input;
/// never anything else (an InvalidOperationException from a smart constructor is a binder bug).
/// </summary>
public class BinderRobustnessTests
{
    private static readonly string[] Leaves =
        ["x", "y", "b", "A", "B", "X", "c", "α", "N", "1", "2", "0.5", "I", "ones", "1_n", "x'", "b'", "1'", "X'", "x'y", "Ax", "vec(X)"];
    private static readonly string[] Functions =
        ["tr", "det", "log", "exp", "diag", "sum", "vec", "softmax", "logsumexp", "norm1", "norm2", "inv", "sqrt", "relu", "vector", "matrix", "σ"];
    private static readonly string[] Postfixes = ["'", "^T", "^-1", "^2", "^-2", "^(1/2)", "^p", ".^2", ".^c"];
    private static readonly string[] Operators = [" + ", " - ", "*", "/", " .* ", " ./ ", " ⊗ ", "", " "];
    private static readonly string?[] DeclarationSets =
        [null, "x: n; A: n x n", "c: scalar; b: scalar", "X: N x d; y: N", "x: 3; A: 3 x 4; B: 4 x 4 symmetric", "A, B: matrix; x: vector"];

    private static string Expression(Random random, int depth)
    {
        if (depth == 0 || random.Next(4) == 0) return Leaves[random.Next(Leaves.Length)];
        return random.Next(8) switch
        {
            // A chain of factors written side by side, without parentheses: x'y z, G'1 b'.
            7 => string.Join("", Enumerable.Range(0, random.Next(2, 5)).Select(_ => Leaves[random.Next(Leaves.Length)] + (random.Next(2) == 0 ? " " : ""))).Trim(),
            0 => $"{Functions[random.Next(Functions.Length)]}({Expression(random, depth - 1)})",
            1 => $"({Expression(random, depth - 1)}){Postfixes[random.Next(Postfixes.Length)]}",
            2 => $"||{Expression(random, depth - 1)}||{new[] { "", "_2", "_F", "_1" }[random.Next(4)]}",
            3 => $"<{Expression(random, depth - 1)}, {Expression(random, depth - 1)}>",
            4 => $"kron({Expression(random, depth - 1)}, {Expression(random, depth - 1)})",
            5 => $"-{Expression(random, depth - 1)}",
            _ => $"({Expression(random, depth - 1)}){Operators[random.Next(Operators.Length)]}({Expression(random, depth - 1)})",
        };
    }

    // FUZZ_SEED and FUZZ_CASES override the seed and the count for a longer run by hand.
    [Fact]
    public void RandomExpressionsBindOrFailWithADiagnosticInsideTheInput()
    {
        int seed = int.Parse(Environment.GetEnvironmentVariable("FUZZ_SEED") ?? "20240611");
        var random = new Random(seed);
        int bound = 0;
        int cases = int.Parse(Environment.GetEnvironmentVariable("FUZZ_CASES") ?? "3000");
        for (int i = 0; i < cases; i++)
        {
            var expression = Expression(random, random.Next(1, 5));
            var declarations = DeclarationSets[random.Next(DeclarationSets.Length)];
            try
            {
                var first = Frontend.Compile(expression, declarations);
                var second = Frontend.Compile(expression, declarations);
                Assert.Equal(first.Expression, second.Expression);
                Assert.Equal(first.Symbols, second.Symbols);
                bound++;
            }
            catch (MatrixCalculusException e)
            {
                var text = e.Diagnostic.SourceName == "declarations" ? declarations! : expression;
                Assert.True(e.Diagnostic.Span.End <= text.Length, $"seed={seed} case={i}: span outside `{expression}` | {declarations}");
                Assert.Equal(e.Diagnostic.Message.TrimEnd(), e.Diagnostic.Message);
                Assert.EndsWith(".", e.Diagnostic.Message);
            }
            catch (Exception e)
            {
                Assert.Fail($"seed={seed} case={i}: `{expression}` | {declarations}: {e.GetType().Name}: {e.Message}");
            }
        }
        // The generator must produce bindable input too, or the property says little.
        Assert.True(bound > cases / 6, $"only {bound} of {cases} random expressions bound");
    }

    [Fact]
    public void ATreeTooDeepToWalkIsReportedNotACrash()
    {
        // The parser never builds this (it bounds depth at Limits.MaxDepth), but the binder must
        // not overflow the stack whatever tree it is handed.
        const string source = "-x";
        var span = SourceSpan.At(source, 0, 2);
        SyntaxNode tree = new NameSyntax("x", null, SourceSpan.At(source, 1, 1));
        for (int i = 0; i < 200_000; i++) tree = new UnarySyntax(true, tree, span, span);
        var error = Assert.Throws<MatrixCalculusException>(() => Binder.Bind(tree, source, Declarations.Empty));
        Assert.Equal(DiagnosticCode.InputTooLarge, error.Diagnostic.Code);
        Assert.Equal("the expression is nested too deeply.", error.Diagnostic.Message);
    }
}
