using MatrixCalculus.Calculus;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>
/// A derivation as the rows of a LaTeX <c>aligned</c> block, the rules as <c>\text{}</c> tags:
/// <c>\mathrm{d}(x^\top Ax) &amp;= … &amp;&amp; \text{d-matmul} \\ &amp;= … \\ \nabla_{x} f &amp;= (A + A^\top)x</c>,
/// with a <c>\text{where } T_{1} &amp;= …</c> row per named subterm (<see cref="StepNames"/>) just
/// before the first row that uses it.
/// </summary>
public static class DerivationLatex
{
    public static IReadOnlyList<string> Rows(Derivation d) => Rows(d, DisplayNames.For(d, withSteps: true), new HashSet<Var>());

    /// <summary>The rows with the names of the whole output; <paramref name="shown"/> holds the names defined above them.</summary>
    public static IReadOnlyList<string> Rows(Derivation d, DisplayNames named, ISet<Var> shown)
    {
        var rows = new List<string>();
        var lines = DerivationLines.Of(named.Steps);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            rows.AddRange(named.NewlyUsed(DerivationLines.Shown(lines, i), shown).Select(Where));
            rows.Add(Row(d, line));
        }
        return rows;
    }

    /// <summary>A named subterm's row: <c>\text{where } T_{1} &amp;= …</c>.</summary>
    public static string Where((Var Name, Expr Value) definition) =>
        $@"\text{{where }} {LatexPrinter.Print(definition.Name)} &= {LatexPrinter.Print(definition.Value)}";

    private static string Row(Derivation d, DerivationLine line)
    {
        var expression = LatexPrinter.Print(line.Expression);
        var row = line.Left switch
        {
            LineLeft.Start => $"{LatexPrinter.Print(line.Start!)} &= {expression}",
            LineLeft.Continued => $"&= {expression}",
            LineLeft.Result => $"{DerivativeLabels.ResultLatex(d)} &= {expression}",
            _ => $"& {expression}",
        };
        return line.Rule.Length == 0 ? row : $@"{row} && \text{{{Text(line.Rule)}}}";
    }

    /// <summary>The whole derivation as one <c>aligned</c> block, for math mode.</summary>
    public static string Print(Derivation d) =>
        "\\begin{aligned}\n" + string.Join(" \\\\\n", Rows(d)) + "\n\\end{aligned}";

    /// <summary>Text for <c>\text{}</c>: the characters that are commands or errors there, written as their text forms.</summary>
    public static string Text(string text) => string.Concat(text.Select(c => c switch
    {
        '\\' => @"\textbackslash{}",
        '{' or '}' or '_' or '#' or '%' or '&' or '$' => "\\" + c,
        '^' => @"\textasciicircum{}",
        '~' => @"\textasciitilde{}",
        _ => c.ToString(),
    }));
}
