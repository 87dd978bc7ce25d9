using MatrixCalculus.Calculus;
using MatrixCalculus.Cli.Tables;
using MatrixCalculus.Printing;

namespace MatrixCalculus.Cli.Output;

/// <summary>
/// <c>matcalc table --format latex</c>: a text-mode fragment to <c>\input</c> into a document. Per
/// section a <c>\subsection*{Title}</c> and a display <c>\[ \begin{array}{…} … \end{array} \]</c>
/// (the array alone also renders in KaTeX and MathJax), then the notes as <c>${}^{1}$ …</c> lines.
/// </summary>
internal static class TableLatex
{
    public static string Format(Table table)
    {
        var blocks = new List<string>();
        foreach (var section in table.Sections)
        {
            if (section.Title is not null) blocks.Add($@"\subsection*{{{LatexText.Escape(section.Title)}}}");
            if (section.Entries.Count > 0) blocks.Add(Array(table, section.Entries));
        }
        blocks.AddRange(table.Notes.Select((note, i) => $@"\noindent${{}}^{{{i + 1}}}$~{LatexText.Escape(note)}\par"));
        return string.Join("\n\n", blocks);
    }

    private static string Array(Table table, IReadOnlyList<TableEntry> entries)
    {
        var header = new List<string> { "f", @"\text{wrt}" };
        if (table.HasDeclarations) header.Add(@"\text{declarations}");
        header.AddRange([DerivativeLabels.DifferentialLatex, @"\text{derivative}"]);
        if (table.Hessian) header.Add(@"\text{second derivative}");
        var rows = new List<string> { Row(header) + @" \\", @"\hline" };
        rows.Add(string.Join(" \\\\\n", entries.Select(entry => Row(Cells(table, entry)))));
        return "\\[\n\\begin{array}{" + new string('l', header.Count) + "}\n" + string.Join('\n', rows) + "\n\\end{array}\n\\]";
    }

    private static IEnumerable<string> Cells(Table table, TableEntry entry)
    {
        var d = entry.First;
        yield return LatexPrinter.Print(d.Function);
        yield return LatexPrinter.Print(d.Wrt);
        if (table.HasDeclarations)
            yield return entry.Row.Declarations is { } declarations ? $@"\text{{{LatexText.Escape(declarations.Text)}}}" : "";
        yield return LatexPrinter.Print(d.Differential);
        yield return Derivative(table, d);
        if (table.Hessian) yield return entry.Second is { } second ? Derivative(table, second) : @"\text{---}";
    }

    private static string Derivative(Table table, Derivation d)
    {
        int note = table.NoteOf(d);
        return $"{DerivativeLabels.ResultLatex(d)} = {LatexPrinter.Print(d.Result)}" + (note > 0 ? $"\\;{{}}^{{{note}}}" : "");
    }

    private static string Row(IEnumerable<string> cells) => string.Join(" & ", cells);
}
