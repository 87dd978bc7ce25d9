using MatrixCalculus.Calculus;
using MatrixCalculus.Cli.Tables;
using MatrixCalculus.Printing;

namespace MatrixCalculus.Cli.Output;

/// <summary>
/// <c>matcalc table --format markdown</c>: per section a <c>## Title</c> and a GitHub table
/// <c>| f | wrt | declarations | df | derivative | second derivative |</c> (declarations only when
/// a row has some, the second derivative only with <c>--hessian</c>), then the notes.
/// Formulas are code spans in the expression language: they read well on a repository page and
/// paste back into matcalc; the LaTeX format is for typesetting.
/// </summary>
internal static class TableMarkdown
{
    public static string Format(Table table)
    {
        var blocks = new List<string>();
        foreach (var section in table.Sections)
        {
            if (section.Title is not null) blocks.Add("## " + section.Title);
            if (section.Entries.Count > 0) blocks.Add(Grid(table, section.Entries));
        }
        blocks.AddRange(table.Notes.Select((note, i) => $"{TableNotes.Marker(i + 1)} {Text(note)}"));
        return string.Join("\n\n", blocks);
    }

    private static string Grid(Table table, IReadOnlyList<TableEntry> entries)
    {
        var header = new List<string> { "f", "wrt" };
        if (table.HasDeclarations) header.Add("declarations");
        header.AddRange(["df", "derivative"]);
        if (table.Hessian) header.Add("second derivative");
        var lines = new List<string>
        {
            Line(header),
            Line(header.Select(_ => "---")),
        };
        lines.AddRange(entries.Select(entry => Line(Cells(table, entry))));
        return string.Join('\n', lines);
    }

    private static IEnumerable<string> Cells(Table table, TableEntry entry)
    {
        var d = entry.First;
        yield return Code(TextPrinter.Print(d.Function));
        yield return Code(d.Wrt.Name);
        if (table.HasDeclarations) yield return entry.Row.Declarations is { } declarations ? Code(declarations.Text) : "";
        yield return Code(TextPrinter.Print(d.Differential));
        yield return Derivative(table, d);
        // No second derivative of a vector or matrix f: the cell says so with a dash.
        if (table.Hessian) yield return entry.Second is { } second ? Derivative(table, second) : "—";
    }

    private static string Derivative(Table table, Derivation d)
    {
        int note = table.NoteOf(d);
        return $"{Text(DerivativeLabels.Result(d))} = {Code(TextPrinter.Print(d.Result))}" + (note > 0 ? " " + TableNotes.Marker(note) : "");
    }

    private static string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    // A '|' ends a table cell even inside a code span (norms ||x|| are common), so it is escaped.
    private static string Code(string text) => $"`{text.Replace("|", "\\|")}`";

    // Plain text in a cell: the characters markdown would read as emphasis, links, HTML or a cell end
    // (the labels ∇_x f, ∇²_X f[V]) are escaped.
    private static string Text(string text) => string.Concat(text.Select(c => "\\`*_[]<>|".Contains(c) ? "\\" + c : c.ToString()));
}
