using MatrixCalculus.Calculus;
using MatrixCalculus.Cli.Tables;
using MatrixCalculus.Printing;

namespace MatrixCalculus.Cli.Output;

/// <summary>
/// <c>matcalc table --format latex</c>: a text-mode fragment to <c>\input</c> into a document
/// (amsmath and amssymb). Per section a <c>\subsection*{Title}</c> and one display
/// <c>\begin{align*} … \end{align*}</c> (which also renders in KaTeX, strict mode, and may break
/// across pages in LaTeX after <c>\allowdisplaybreaks</c>): per row
/// a line with f, the variable and the declarations (typeset as mathematics, <see cref="DeclarationLatex"/>),
/// then indented lines df, the derivative and the second derivative. A page is narrow, so a row
/// never becomes one wide line: long repeated parts are named in <c>where</c> lines before the line
/// that uses them, and a long sum is broken between its terms (<see cref="LatexLines"/>). A
/// convention is marked <c>\text{[1]}</c> (a bracket, which cannot read as an exponent) and the
/// notes follow the tables as <c>[1]~…</c> paragraphs.
/// </summary>
internal static class TableLatex
{
    /// <summary>
    /// Visible characters per line (<see cref="LatexLines.Visible"/>): the text of an article page
    /// is about 345pt wide at 10pt, some 55 characters of mathematics, less the indentation.
    /// </summary>
    private const int Width = 44;

    public static string Format(Table table)
    {
        var blocks = new List<string>();
        foreach (var section in table.Sections)
        {
            if (section.Title is not null) blocks.Add($@"\subsection*{{{LatexText.Escape(section.Title)}}}");
            if (section.Entries.Count > 0) blocks.Add(Display(table, section.Entries));
        }
        blocks.AddRange(table.Notes.Select((note, i) => $@"\noindent[{i + 1}]~{LatexText.Escape(note)}\par"));
        return string.Join("\n\n", blocks);
    }

    private static string Display(Table table, IReadOnlyList<TableEntry> entries)
    {
        var rows = new List<string>();
        foreach (var entry in entries)
        {
            // A little air between entries: the first line of the next one gets \\[1ex].
            if (rows.Count > 0) rows[^1] += @" \\[1ex]";
            rows.AddRange(Entry(table, entry));
        }
        // align* (not \[ aligned \]): a long section may break across pages (\allowdisplaybreaks).
        return "\\allowdisplaybreaks\n\\begin{align*}\n" + string.Join("\n", rows.Select((row, i) => i == rows.Count - 1 || row.EndsWith(@"\\[1ex]", StringComparison.Ordinal) ? row : row + @" \\"))
            + "\n\\end{align*}";
    }

    private static IEnumerable<string> Entry(Table table, TableEntry entry)
    {
        var d = entry.First;
        var variable = $@"\text{{wrt }} {LatexPrinter.Print(d.Wrt)}";
        if (entry.Row.Declarations is { } declarations) variable += $@", \quad {DeclarationLatex.Print(declarations.Text)}";
        var f = LatexLines.Break(d.Function, Width);
        // The first line has no indentation: it may take a little more than the others.
        var fits = f.Count == 1 && LatexLines.Visible($@"f = {f[0]}, \quad {variable}") <= Width + 6;
        // The variable and declarations follow f on its line when they fit, else on a line of their own.
        for (int i = 0; i < f.Count; i++)
        {
            var line = i == 0 ? $"& f = {f[i]}" : $@"& \qquad\qquad {f[i]}";
            yield return fits ? $@"{line}, \quad {variable}" : line;
        }
        if (!fits) yield return $@"& \qquad {variable}";
        foreach (var line in Labelled(DerivativeLabels.DifferentialLatex, d.Differential, 0)) yield return line;
        foreach (var line in Derivative(table, d)) yield return line;
        if (table.Hessian)
        {
            if (entry.Second is { } second) foreach (var line in Derivative(table, second)) yield return line;
            else yield return @"& \qquad \text{no second derivative: f is not a scalar}";
        }
    }

    private static IEnumerable<string> Derivative(Table table, Derivation d)
    {
        var named = NamedSubterms.Name(d.Result);
        foreach (var (name, value) in named.Definitions)
            foreach (var line in Labelled($@"\text{{where }} {LatexPrinter.Print(name)}", value, 0)) yield return line;
        int note = table.NoteOf(d);
        foreach (var line in Labelled(DerivativeLabels.ResultLatex(d), named.Body, note)) yield return line;
    }

    // label = the first line; a broken sum continues on lines indented further; the note mark ends the last line.
    private static IEnumerable<string> Labelled(string label, Terms.Expr e, int note)
    {
        var pieces = LatexLines.Break(LatexPrinter.Print(e), Width - LatexLines.Visible(label));
        var mark = note > 0 ? $@" \quad \text{{[{note}]}}" : "";
        for (int i = 0; i < pieces.Count; i++)
        {
            var text = i == 0 ? $@"& \qquad {label} = {pieces[i]}" : $@"& \qquad\qquad {pieces[i]}";
            yield return i == pieces.Count - 1 ? text + mark : text;
        }
    }
}
