namespace MatrixCalculus.Cli.Output;

/// <summary>Text for LaTeX's text mode (<c>\text{…}</c>, headings, notes): its special characters written as their text forms.</summary>
internal static class LatexText
{
    public static string Escape(string text) => string.Concat(text.Select(c => c switch
    {
        '\\' => @"\textbackslash{}",
        '{' or '}' or '_' or '#' or '%' or '&' or '$' => "\\" + c,
        '^' => @"\textasciicircum{}",
        '~' => @"\textasciitilde{}",
        _ => c.ToString(),
    }));
}
