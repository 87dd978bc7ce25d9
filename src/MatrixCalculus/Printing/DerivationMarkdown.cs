using MatrixCalculus.Calculus;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>
/// A derivation as a Markdown table, step | expression | rule: the step column holds the left side
/// of the line (d(f) where a chain starts, the derivative's label on the result) and is empty
/// where the line continues the one above; a named subterm (<see cref="StepNames"/>) has a
/// <c>where T_1</c> row just before the first row that uses it.
/// </summary>
public static class DerivationMarkdown
{
    public static IReadOnlyList<string> Rows(Derivation d) => Rows(d, DisplayNames.For(d, withSteps: true), new HashSet<Var>());

    /// <summary>The rows with the names of the whole output; <paramref name="shown"/> holds the names defined above them.</summary>
    public static IReadOnlyList<string> Rows(Derivation d, DisplayNames named, ISet<Var> shown)
    {
        var rows = new List<string> { "| step | expression | rule |", "|---|---|---|" };
        var lines = DerivationLines.Of(named.Steps);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            rows.AddRange(named.NewlyUsed(DerivationLines.Shown(lines, i), shown).Select(Where));
            var left = line.Left switch
            {
                LineLeft.Start => Code(TextPrinter.Print(line.Start!)),
                LineLeft.Result => Cell(DerivativeLabels.Result(d)),
                _ => "",
            };
            rows.Add(Row(left, Code(TextPrinter.Print(line.Expression)), Cell(line.Rule)));
        }
        return rows;
    }

    /// <summary>A named subterm's row: <c>| where `T_1` | `σ(Xw + b)` | |</c>.</summary>
    public static string Where((Var Name, Expr Value) definition) =>
        Row("where " + Code(definition.Name.Name), Code(TextPrinter.Print(definition.Value)), "");

    // An empty cell is a single space, as in the header row "| | |".
    private static string Row(params string[] cells) => "|" + string.Concat(cells.Select(c => c.Length == 0 ? " |" : $" {c} |"));

    // A '|' ends a table cell even inside a code span (norms ||x|| are common), so it is escaped.
    public static string Cell(string text) => text.Replace("|", "\\|");

    public static string Code(string text) => $"`{Cell(text)}`";
}
