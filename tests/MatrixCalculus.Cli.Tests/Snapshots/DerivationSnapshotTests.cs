using System.Text;
using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Snapshots;

/// <summary>
/// <c>derivations.approved.md</c>: the course notes' examples derived step by step, as
/// <c>matcalc diff --steps</c> prints them in markdown and in LaTeX (a <c>math</c> block, which the
/// repository page renders). Each derivative is also checked against finite differences.
/// </summary>
public class DerivationSnapshotTests
{
    private sealed record Example(string Title, string Expression, string Wrt, string? Let = null, int Order = 1);

    private static readonly Example[] Examples =
    [
        new("Quadratic form (Problem 2.1)", "x'Ax", "x"),
        new("Quadratic form, Hessian", "x'Ax", "x", Order: 2),
        new("Log-determinant of an SPD matrix (Problem 2.4)", "log det X", "X", "X: n x n spd"),
        new("Determinant", "det X", "X"),
        new("Inverse", "X^-1", "X"),
        new("Trace of a product", "tr(AXB)", "X"),
        new("Bilinear form in X (Matrix Cookbook)", "b'X'Xc", "X"),
        new("Least squares (Problem 2.5)", "(1/N)||Xw - y||^2", "w"),
        new("A power of the norm (Problem 2.6)", "||x||^(3/2)", "x"),
        new("Chain rule (Example 2.2)", "log sin x", "x", "x: scalar"),
        new("Logistic regression", "-sum(y .* log(σ(Xw + b)) + (1 - y) .* log(1 - σ(Xw + b)))", "w", "b: scalar"),
        new("Softmax cross-entropy", "-<y, log(softmax(t))>", "t"),
        new("ReLU layer", "<G, relu(T)>", "T"),
    ];

    [Fact]
    public void TheNotesExamplesDeriveStepByStepAsApproved()
    {
        var document = new StringBuilder("# Derivations, step by step\n\n");
        document.Append("Each section is `matcalc diff EXPR --wrt V --steps` in markdown, then in LaTeX (`--format latex`).\n");
        document.Append("This file is approved by DerivationSnapshotTests; every derivative in it is checked against finite differences.\n");
        foreach (var example in Examples)
        {
            var args = Arguments(example);
            document.Append($"\n## {example.Title}\n\n```\nmatcalc {string.Join(' ', args.Select(Quoted))} --steps\n```\n\n");
            document.Append(Run([.. args, "--steps", "--format", "markdown"]));
            document.Append("\n```math\n").Append(Run([.. args, "--steps", "--format", "latex"])).Append("```\n");
        }
        Snapshot.VerifyMarkdown(document.ToString(), "derivations");
    }

    [Fact]
    public void EveryDerivativeOfTheDerivationsAgreesWithFiniteDifferences()
    {
        foreach (var example in Examples)
        {
            var compiled = Engine.Compile(example.Expression, example.Let);
            var derivation = Engine.Differentiate(compiled, example.Wrt, example.Order);
            foreach (var seed in new[] { 1, 2, 3 })
                Assert.True(Engine.Check(compiled, derivation, seed: seed).Passed, $"{example.Title}, seed {seed}");
        }
    }

    private static string[] Arguments(Example example)
    {
        var args = new List<string> { "diff", example.Expression, "--wrt", example.Wrt };
        if (example.Let is not null) args.AddRange(["--let", example.Let]);
        if (example.Order != 1) args.AddRange(["--order", example.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return [.. args];
    }

    private static string Run(string[] args)
    {
        var run = Matcalc.Run(args);
        Assert.True(run.Exit == 0, $"exit {run.Exit}: {run.Error}");
        return run.Out;
    }

    // A shell word: quoted when it holds anything but letters, digits and a few safe characters.
    private static string Quoted(string word) =>
        word.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.') ? word : $"\"{word}\"";
}
