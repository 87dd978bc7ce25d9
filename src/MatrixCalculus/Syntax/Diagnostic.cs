namespace MatrixCalculus.Syntax;

/// <summary>Stable error codes, as in Roslyn: they appear in messages and tests.</summary>
public enum DiagnosticCode
{
    /// <summary>The expression does not parse.</summary>
    Syntax = 1001,
    /// <summary>A call of a function the language does not have.</summary>
    UnknownFunction = 1002,
    /// <summary>A limit of <see cref="Limits"/> is passed (length, nesting, time).</summary>
    InputTooLarge = 1003,
    /// <summary>The declarations (<c>--let</c>) do not parse or contradict themselves.</summary>
    Declaration = 1004,
    /// <summary>A name (<c>--wrt</c>, a declaration) that is not a symbol of the expression.</summary>
    UnknownVariable = 1101,
    /// <summary>Operands whose shapes do not fit (a product, a sum).</summary>
    ShapeMismatch = 2001,
    /// <summary>A matrix that must be square (trace, determinant, inverse) is not.</summary>
    NotSquare = 2002,
    /// <summary>A value that must be a scalar is not.</summary>
    NotScalar = 2003,
    /// <summary>A value that must be a vector is not.</summary>
    NotVector = 2004,
    /// <summary>No differential rule applies to a construct.</summary>
    NoDifferentialRule = 3001,
    /// <summary>A point file (POINT.json) that is not valid or does not fit the expression.</summary>
    Point = 4001,
    /// <summary>A value undefined at the point (log of a negative number, inverse of a singular matrix).</summary>
    Domain = 4002,
    /// <summary>A table file (<c>matcalc table</c>) that cannot be read, or a line that is not <c>EXPR | wrt | declarations</c>.</summary>
    TableFile = 4003,
    /// <summary>A command line that is not understood.</summary>
    Usage = 5001,
}

/// <summary>
/// One error, from any stage, pointing into the text it came from (the expression, the
/// declarations or a point file; <see cref="SourceName"/> says which).
/// </summary>
public sealed record Diagnostic(DiagnosticCode Code, string Message, SourceSpan Span, string Source, string SourceName = "expression")
{
    /// <summary>
    /// <code>
    /// error MC2001 (line 1, column 3): cannot multiply x' (1×n) by b (m×1).
    ///   x'b
    ///     ^
    /// </code>
    /// </summary>
    public string Render()
    {
        var where = Span.IsNone ? "" : $" (line {Span.Line}, column {Span.Column})";
        var header = $"error MC{(int)Code}{where}: {Message}";
        if (Span.IsNone || Source.Length == 0) return header;
        var lineText = LineOf(Source, Span.Line);
        var visible = Sanitize(lineText);
        int caretColumn = Math.Min(Span.Column - 1, visible.Length);
        int width = Math.Max(1, Math.Min(Span.Length, visible.Length - caretColumn));
        (visible, caretColumn, width) = Window(visible, caretColumn, width);
        var caret = new string(' ', caretColumn) + new string('^', width);
        return $"{header}\n  {visible}\n  {caret}";
    }

    // A line longer than this (a 100,000-character input) is shown as a window around the caret,
    // with … where it was cut, so that the message stays readable.
    private const int MaxShownWidth = 100;

    private static (string Line, int Caret, int Width) Window(string line, int caret, int width)
    {
        if (line.Length <= MaxShownWidth) return (line, caret, width);
        int start = Math.Clamp(caret - MaxShownWidth / 2, 0, line.Length - MaxShownWidth);
        var prefix = start > 0 ? "…" : "";
        var suffix = start + MaxShownWidth < line.Length ? "…" : "";
        int shownCaret = caret - start;
        int shownWidth = Math.Max(1, Math.Min(width, MaxShownWidth - shownCaret));
        return (prefix + line.Substring(start, MaxShownWidth) + suffix, shownCaret + prefix.Length, shownWidth);
    }

    /// <summary>The same as <see cref="Render"/>.</summary>
    public override string ToString() => Render();

    private static string LineOf(string text, int line)
    {
        var lines = text.Split('\n');
        return line - 1 < lines.Length ? lines[line - 1].TrimEnd('\r') : "";
    }

    // Control, bidirectional-override and other invisible (format) characters would move the caret
    // away from its spot: show each as '?' so the caret line stays aligned one column per character.
    private static string Sanitize(string line) =>
        new(line.Select(c => char.IsControl(c) || IsBidi(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? '?' : c).ToArray());

    private static bool IsBidi(char c) => c is >= '\u200E' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}

/// <summary>The one exception the library throws for bad input; it carries the diagnostic.</summary>
public sealed class MatrixCalculusException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    /// <summary>What is wrong and where: <see cref="Diagnostic.Render"/> prints it with the caret line.</summary>
    public Diagnostic Diagnostic { get; } = diagnostic;
}
