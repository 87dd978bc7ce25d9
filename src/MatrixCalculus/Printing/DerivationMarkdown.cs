using MatrixCalculus.Calculus;

namespace MatrixCalculus.Printing;

/// <summary>
/// A derivation as a Markdown table, step | expression | rule: the step column holds the left side
/// of the line (d(f) where a chain starts, the derivative's label on the result) and is empty
/// where the line continues the one above; named subterms (<see cref="StepNames"/>) follow as
/// <c>where T_1</c> rows.
/// </summary>
public static class DerivationMarkdown
{
    public static IReadOnlyList<string> Rows(Derivation d)
    {
        var rows = new List<string> { "| step | expression | rule |", "|---|---|---|" };
        var named = StepNames.Name(d.Steps);
        rows.AddRange(DerivationLines.Of(named.Steps).Select(line =>
        {
            var left = line.Left switch
            {
                LineLeft.Start => Code(TextPrinter.Print(line.Start!)),
                LineLeft.Result => Cell(DerivativeLabels.Result(d)),
                _ => "",
            };
            return Row(left, Code(TextPrinter.Print(line.Expression)), Cell(line.Rule));
        }));
        rows.AddRange(named.Definitions.Select(def => Row("where " + Code(def.Name.Name), Code(TextPrinter.Print(def.Value)), "")));
        return rows;
    }

    // An empty cell is a single space, as in the header row "| | |".
    private static string Row(params string[] cells) => "|" + string.Concat(cells.Select(c => c.Length == 0 ? " |" : $" {c} |"));

    // A '|' ends a table cell even inside a code span (norms ||x|| are common), so it is escaped.
    public static string Cell(string text) => text.Replace("|", "\\|");

    public static string Code(string text) => $"`{Cell(text)}`";
}
