namespace MatrixCalculus.Syntax;

/// <summary>Builds the exceptions the parser throws, all pointing into the expression text.</summary>
internal static class SyntaxErrors
{
    public static MatrixCalculusException At(string text, int start, int length, string message, DiagnosticCode code = DiagnosticCode.Syntax) =>
        new(new Diagnostic(code, message, SourceSpan.At(text, start, length), text));

    public static MatrixCalculusException At(string text, SourceSpan span, string message, DiagnosticCode code = DiagnosticCode.Syntax) =>
        new(new Diagnostic(code, message, span, text));

    /// <summary>Names a character for a message; invisible ones by code point, since printing them would hide them.</summary>
    public static string Describe(string text, int index)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            return $"`{text.Substring(index, 2)}`";
        if (IsBidiControl(c)) return $"bidirectional control character {CodePoint(c)}";
        if (char.IsControl(c)) return $"control character {CodePoint(c)}";
        if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format)
            return $"invisible character {CodePoint(c)}";
        return $"`{c}`";
    }

    // Right-to-left and embedding controls reorder what the reader sees (Trojan Source, CVE-2021-42574).
    private static bool IsBidiControl(char c) =>
        c is '\u061C' or >= '\u200E' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static string CodePoint(char c) => $"U+{(int)c:X4}";
}
