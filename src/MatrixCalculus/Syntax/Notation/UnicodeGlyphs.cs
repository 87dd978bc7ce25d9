namespace MatrixCalculus.Syntax.Notation;

/// <summary>
/// The glyphs a formula copied from a PDF brings (‖x‖², xᵀAx, X⁻¹b, ½, w₁), as plain syntax.
/// <c>ᵀ</c>, <c>′</c>, <c>−</c>, <c>⊙</c>, <c>⊗</c> and <c>⟨ ⟩</c> are plain already.
/// </summary>
internal static class UnicodeGlyphs
{
    private static readonly IReadOnlyDictionary<char, string> Single = new Dictionary<char, string>
    {
        ['‖'] = "||", ['∥'] = "||", ['⊤'] = "'", ['·'] = " * ", ['⋅'] = " * ", ['∙'] = " * ", ['×'] = " * ",
        ['∘'] = " ⊙ ", ['⊘'] = " ./ ", ['√'] = " sqrt ", ['–'] = "-", ['〈'] = "⟨", ['〉'] = "⟩",
        ['½'] = "(1/2)", ['⅓'] = "(1/3)", ['⅔'] = "(2/3)", ['¼'] = "(1/4)", ['¾'] = "(3/4)",
        ['⅕'] = "(1/5)", ['⅙'] = "(1/6)", ['⅛'] = "(1/8)",
    };

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉";

    /// <summary>Whether the reader turns this character into something else.</summary>
    public static bool Handles(char c) => Single.ContainsKey(c) || Superscripts.Contains(c) || Subscripts.Contains(c);

    /// <summary>The plain text for the glyph (or run of superscript or subscript digits) at <paramref name="at"/>, and how many characters it takes.</summary>
    public static (string Plain, int Length)? Read(string text, int at)
    {
        char c = text[at];
        if (Single.TryGetValue(c, out var plain)) return (plain, 1);
        if (Superscripts.Contains(c)) return SuperscriptRun(text, at);
        if (Subscripts.Contains(c))
        {
            int end = at;
            while (end < text.Length && Subscripts.Contains(text[end])) end++;
            return ("_" + Digits(text[at..end], Subscripts), end - at);
        }
        return null;
    }

    // X⁻¹ is X^-1, ‖x‖² is ||x||^2, and X⁻ᵀ (a lone ⁻ before a transpose) is X'^-1.
    private static (string, int) SuperscriptRun(string text, int at)
    {
        int end = at;
        while (end < text.Length && Superscripts.Contains(text[end])) end++;
        var run = Digits(text[at..end], Superscripts);
        if (run == "-" && end < text.Length && text[end] is 'ᵀ' or '⊤') return ("'^-1", end + 1 - at);
        return ("^" + run, end - at);
    }

    private static string Digits(string run, string alphabet) =>
        string.Concat(run.Select(c => c == '⁻' ? "-" : ((char)('0' + alphabet.IndexOf(c))).ToString()));
}
