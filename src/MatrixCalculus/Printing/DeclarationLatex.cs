using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>
/// Declarations typeset as mathematics: <c>Σ: n x n spd; x: n</c> is
/// <c>\Sigma \in \mathbb{R}^{n \times n}\ \text{spd},\quad x \in \mathbb{R}^{n}</c>. Names and
/// dimensions are printed as the LaTeX printer prints symbols (Greek letters as commands), so
/// the text is valid in KaTeX's strict mode and in pdflatex, which reject a raw Σ inside \text{}.
/// </summary>
public static class DeclarationLatex
{
    /// <summary>Neighbouring declarations of one type share it, as written: <c>A, B \in \mathbb{R}^{n \times n}</c>.</summary>
    public static string Print(string declarations)
    {
        var groups = new List<(List<string> Names, string Type)>();
        foreach (var d in Declarations.Parse(declarations).All)
        {
            var attributes = DeclarationText.AttributeWords(d.Attributes);
            var type = Type(d) + (attributes.Count == 0 ? "" : $@"\ \text{{{string.Join(" ", attributes)}}}");
            if (groups.Count > 0 && groups[^1].Type == type) groups[^1].Names.Add(Symbol(d.Name));
            else groups.Add(([Symbol(d.Name)], type));
        }
        return string.Join(@",\quad ", groups.Select(g => $"{string.Join(", ", g.Names)} {g.Type}"));
    }

    // ∈ ℝ^{m×n} for a size; the words scalar, vector, matrix for a declared kind without one.
    private static string Type(Declaration d) => (d.Rows, d.Cols) switch
    {
        ({ IsOne: true }, { IsOne: true }) => @"\in \mathbb{R}",
        (null, { IsOne: true }) => @":\ \text{vector}",
        (null, _) => @":\ \text{" + (d.Square ? "square matrix" : "matrix") + "}",
        ({ } rows, { IsOne: true }) => $@"\in \mathbb{{R}}^{{{Size(rows)}}}",
        ({ } rows, _) => $@"\in \mathbb{{R}}^{{{Size(rows)} \times {Size(d.Square ? rows : d.Cols!)}}}",
    };

    private static string Size(Dim dim) => dim switch
    {
        Dim.Known known => known.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Dim.Named named => Symbol(named.Name),
        _ => dim.ToString(),
    };

    private static string Symbol(string name) => LatexPrinter.Print(new Var(name, Shape.Scalar));
}
