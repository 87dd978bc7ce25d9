namespace MatrixCalculus.Syntax;

/// <summary>A half-open character range [Start, Start + Length) with the 1-based line and column of Start.</summary>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column)
{
    /// <summary>No place: a diagnostic about the input as a whole (a command line).</summary>
    public static SourceSpan None => default;
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;
    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone => Line == 0;

    /// <summary>The smallest span covering both (None is the unit).</summary>
    public SourceSpan Union(SourceSpan other)
    {
        if (IsNone) return other;
        if (other.IsNone) return this;
        var first = Start <= other.Start ? this : other;
        return first with { Length = Math.Max(End, other.End) - first.Start };
    }

    /// <summary>The span of [start, start + length) in text, computing line and column.</summary>
    public static SourceSpan At(string text, int start, int length)
    {
        start = Math.Clamp(start, 0, text.Length);
        int line = 1, column = 1;
        for (int i = 0; i < start; i++)
            if (text[i] == '\n') { line++; column = 1; }
            else column++;
        return new SourceSpan(start, Math.Max(0, Math.Min(length, text.Length - start)), line, column);
    }
}
