using MatrixCalculus.Calculus;
using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.Printing;

/// <summary>One LaTeX string the product prints, and where it came from (for the failure message).</summary>
public sealed record LatexSample(string Source, string Latex);

/// <summary>A textbook function to differentiate: expression, declarations, variable, order.</summary>
public sealed record TextbookDerivative(string Expression, string? Declarations, string Wrt, int Order = 1)
{
    public override string ToString() =>
        $"d{(Order == 2 ? "²" : "")}/d{Wrt} {Expression}{(Declarations is null ? "" : " | " + Declarations)}";
}

/// <summary>
/// Every LaTeX string the KaTeX test renders: the LaTeX printer's table (which covers every node
/// of Expr.cs, checked by PrinterCoverageTests), every letter a name can have, random terms, and the function,
/// differential, derivative and derivation steps of textbook functions as the CLI prints them.
/// </summary>
public static class KatexCorpus
{
    public static IEnumerable<LatexSample> All() =>
        PrinterCases.All.Select(Table).Concat(Names()).Concat(Random()).Concat(Textbook.SelectMany(Derivatives));

    /// <summary>Random well-shaped terms of every node the language can write (the round-trip property's generator).</summary>
    public static IEnumerable<LatexSample> Random()
    {
        var terms = new RandomTerms(seed: 20240);
        for (int i = 1; i <= 1000; i++)
        {
            var term = terms.Next();
            yield return new($"random term {i} `{TextPrinter.Print(term)}`", LatexPrinter.Print(term));
        }
    }

    public static LatexSample Table(PrinterCase row) => new($"printer table row `{row.Text}`", LatexPrinter.Print(row.Term));

    /// <summary>
    /// The letters the tokenizer accepts in names (Latin, Greek Α..Ω and α..ω, ϑ ϕ ϖ ϵ), alone,
    /// with digits and with subscripts, and names of several letters (declared words).
    /// </summary>
    public static IEnumerable<LatexSample> Names()
    {
        var letters = Enumerable.Range('A', 26).Concat(Enumerable.Range('a', 26))
            .Concat(Enumerable.Range('Α', 'Ω' - 'Α' + 1).Where(c => c != 0x03A2))
            .Concat(Enumerable.Range('α', 'ω' - 'α' + 1))
            .Select(c => ((char)c).ToString())
            .Concat(["ϑ", "ϕ", "ϖ", "ϵ"]);
        string[] decorated = ["{0}", "{0}1", "{0}_2", "{0}12_k", "{0}_{{ij}}", "x_{0}", "W_{{{0}1}}", "{0}{0}"];
        foreach (var letter in letters)
            foreach (var pattern in decorated)
            {
                var name = string.Format(pattern, letter);
                yield return new($"the name `{name}`", LatexPrinter.Print(Ex.Symbol(name, Shape.Scalar)));
            }
        foreach (var word in new[] { "bias", "theta0", "my_var", "αβ", "Σx" })
            yield return new($"the name `{word}`", LatexPrinter.Print(Ex.Symbol(word, Shape.Scalar)));
        foreach (var (input, declarations) in NamesTheFrontendReads)
            yield return new($"the input `{input}`{(declarations is null ? "" : " | " + declarations)}", LatexPrinter.Print(Frontend.Compile(input, declarations).Expression));
    }

    // Names with Greek letters in the subscript or in a declared word, as users write them.
    private static readonly (string Input, string? Declarations)[] NamesTheFrontendReads =
    [
        ("x_θ + x_{αβ}", null), ("W_{θ1}x", null), ("αβ + 1", "αβ: scalar"), ("tr Σx", "Σx: n x n"),
        ("bias + Wx", "bias: vector"), ("θ_1 + ε_{ij}", null),
    ];

    private static readonly TextbookDerivative[] Listed =
    [
        new("x'Ax", null, "x"),
        new("x'Ax", null, "x", 2),
        new("x'Ax", "A: n x n symmetric", "x", 2),
        new("x'Ax", "A: n x n symmetric", "A"),
        new("a'x", null, "x"),
        new("<x, Ax> - b'x + c", "c: scalar", "x"),
        new("x'Sx + x'x", "S: n x n spd", "x"),
        new("log det X", null, "X"),
        new("log det X", null, "X", 2),
        new("det X", null, "X"),
        new("tr(X^-1)", null, "X"),
        new("⟨S, X⟩ - log det X", "S: n x n symmetric; X: n x n spd", "X"),
        new("tr(AXB)", null, "X"),
        new("tr(A*X'*B*X*C)", null, "X"),
        new("||X||_F^2", null, "X"),
        new("(1/N)||Xw - y||^2", "X: N x d", "w"),
        new("(1/N)||Xw - y||^2", "X: N x d", "w", 2),
        new("||Xw-y||^2", null, "X"),
        new("1/2 ||Xw - y||^2 + λ/2 ||w||^2", null, "w", 2),
        new("||XW - Y||_F^2", null, "W"),
        new("-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))", null, "w"),
        new("-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))", null, "w", 2),
        new("sum(log(exp(-y.*(X*w)) + vector(1)))", null, "w"),
        new("<y, Xw> - sum(exp(Xw))", null, "w"),
        new("-<y, log(softmax(t))>", null, "t"),
        new("logsumexp(Ax)", null, "x"),
        new("softmax(Ax)", null, "x"),
        new("-<Y, log(softmax_rows(XW))>", "Y: stochastic", "W"),
        new("-<Y, logsoftmax_rows(XW)>", null, "W"),
        new("<G, softmax_cols(T)>", null, "T"),
        new("sum(logsumexp_rows(XW)) + sum(logsumexp_cols(XW))", null, "W"),
        new("σ(Xw + b)", "b: scalar", "w"),
        new("tanh(Wx + b)", null, "W"),
        new("relu(W_2 relu(W_1 x))", null, "x"),
        new("<G, relu(T)>", null, "T"),
        new("log(<x, Ax>)", null, "x"),
        new("x'Ax / x'x", null, "x"),
        new("||x||^(3/2)", null, "x"),
        new("||x||_1", null, "x"),
        new("sqrt(x'x)", null, "x"),
        new("x'A^-1 x", null, "A"),
        new("X^-1", null, "X"),
        new("AXB", null, "X"),
        new("X'X", null, "X"),
        new("kron(A, B)", null, "A"),
        new("x .* y", null, "x"),
        new("exp(-||x - m||^2 / (2 s^2))", "s: scalar", "x"),
        new("αx", null, "α"),
        // dimension names print as subscripts: a Greek one, and a word
        new("1'x", "x: ν", "x"),
        new("tr(X)x", "X: dim x dim", "X"),
    ];

    /// <summary>The list above (declared first: static fields initialize in order) and the course notes' worked examples and differentials table.</summary>
    public static IReadOnlyList<TextbookDerivative> Textbook { get; } =
        [.. Listed.Concat(FromTable("acceptance.asv")).Concat(FromTable("differentials.asv")).Distinct()];

    // expression @ wrt @ declarations [@ order], as in the acceptance tables
    private static IEnumerable<TextbookDerivative> FromTable(string file) =>
        AsvCases.Read(file).Select(row => ((string)row[0]).Split('@').Select(p => p.Trim()).ToArray())
            .Select(p => new TextbookDerivative(p[0], p[2] is "" ? null : p[2], p[1], p.Length > 3 ? int.Parse(p[3]) : 1));

    public static Derivation Differentiate(TextbookDerivative row)
    {
        var bound = Frontend.Compile(row.Expression, row.Declarations);
        var wrt = bound.Symbols.FirstOrDefault(v => v.Name == row.Wrt)
            ?? throw new InvalidOperationException($"{row}: no symbol {row.Wrt} in {string.Join(", ", bound.Symbols.Select(v => v.Name))}");
        return Differentiation.Run(bound.Expression, wrt, row.Order);
    }

    /// <summary>What `matcalc diff --format latex --steps` prints for the row: f, df, the derivative, each step, the derivation block.</summary>
    public static IEnumerable<LatexSample> Derivatives(TextbookDerivative row)
    {
        Derivation d;
        try { d = Differentiate(row); }
        catch (MatrixCalculusException) { yield break; } // reported by the test of the row itself
        yield return new($"{row}: the function", LatexPrinter.Print(d.Function));
        yield return new($"{row}: the differential", LatexPrinter.Print(d.Differential));
        yield return new($"{row}: the derivative", LatexPrinter.Print(d.Result));
        for (int i = 0; i < d.Steps.Count; i++)
            yield return new($"{row}: step {i + 1} ({(d.Steps[i].Rule is "" ? d.Steps[i].Kind.ToString().ToLowerInvariant() : d.Steps[i].Rule)})", LatexPrinter.Print(d.Steps[i].Expression));
        // the whole derivation as `--format latex --steps` prints it: aligned rows with \text{rule} tags
        yield return new($"{row}: the derivation", DerivationLatex.Print(d));
    }
}
