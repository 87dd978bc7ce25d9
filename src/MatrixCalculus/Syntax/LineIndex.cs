namespace MatrixCalculus.Syntax;

/// <summary>
/// The offsets where the lines of a text start, found in one pass, so that any number of
/// offsets become spans with line and column in O(log lines) each. <see cref="SourceSpan.At"/>
/// scans from the start of the text for every span, which is quadratic when a large text (a
/// point file of megabytes) needs many of them.
/// </summary>
internal sealed class LineIndex
{
    private readonly string text;
    private readonly int[] lineStarts;

    public LineIndex(string text)
    {
        this.text = text;
        var starts = new List<int> { 0 };
        for (int at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
            starts.Add(at + 1);
        lineStarts = [.. starts];
    }

    /// <summary>The offset where 0-based line <paramref name="line"/> starts (lines end at '\n'); the text's end past the last line.</summary>
    public int LineStart(int line) => line < lineStarts.Length ? lineStarts[Math.Max(line, 0)] : text.Length;

    /// <summary>The same span as <see cref="SourceSpan.At"/> gives, without scanning the text.</summary>
    public SourceSpan Span(int start, int length)
    {
        start = Math.Clamp(start, 0, text.Length);
        int found = Array.BinarySearch(lineStarts, start);
        int line = found >= 0 ? found : ~found - 1; // the last line starting at or before start
        return new SourceSpan(start, Math.Max(0, Math.Min(length, text.Length - start)), line + 1, start - lineStarts[line] + 1);
    }
}
