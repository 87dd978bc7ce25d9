namespace MatrixCalculus.Syntax.Notation;

/// <summary>
/// The plain-syntax text a LaTeX or Unicode input was rewritten to, with, for every character of
/// it, the range of the original text it came from. The plain parser reads <see cref="Text"/>;
/// every span it reports (a node, an error) is carried back with <see cref="ToOriginal(SourceSpan)"/>, so that
/// carets point into what the user typed.
/// </summary>
internal sealed class MappedText(string original, string text, int[] starts, int[] ends)
{
    public string Original { get; } = original;
    public string Text { get; } = text;

    /// <summary>True when the text is the original, character for character (plain input).</summary>
    public bool IsIdentity { get; } = text == original && IsIdentityMap(starts, ends);

    /// <summary>The original range the plain span [Start, End) came from (the end of input maps to the end of input).</summary>
    public SourceSpan ToOriginal(SourceSpan plain)
    {
        if (plain.IsNone || IsIdentity) return plain.IsNone ? plain : SourceSpan.At(Original, plain.Start, plain.Length);
        if (plain.Start >= Text.Length) return SourceSpan.At(Original, Original.Length, 0);
        int start = starts[plain.Start];
        int end = start;
        for (int i = plain.Start; i < Math.Min(plain.End, Text.Length); i++) end = Math.Max(end, ends[i]);
        return SourceSpan.At(Original, start, end - start);
    }

    /// <summary>The same diagnostic, pointing into the original text.</summary>
    public Diagnostic ToOriginal(Diagnostic diagnostic) =>
        diagnostic with { Span = ToOriginal(diagnostic.Span), Source = Original };

    private static bool IsIdentityMap(int[] starts, int[] ends)
    {
        for (int i = 0; i < starts.Length; i++)
            if (starts[i] != i || ends[i] != i + 1) return false;
        return true;
    }
}
