using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

internal enum DeclarationTokenKind { Word, Colon, Semicolon, Comma, Times, Other, End }

internal readonly record struct DeclarationToken(DeclarationTokenKind Kind, string Text, int Start);

/// <summary>
/// Splits declaration text into words (names, sizes, keywords: letters, digits, <c>_</c> and a
/// braced subscript) and the punctuation <c>: ; , ×</c>. A newline separates declarations like
/// <c>;</c>. The letter <c>x</c> between sizes is a word; the parser reads it as ×.
/// </summary>
internal static class DeclarationScanner
{
    public static List<DeclarationToken> Scan(string text)
    {
        var tokens = new List<DeclarationToken>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n') { tokens.Add(new(DeclarationTokenKind.Semicolon, "\n", i)); i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var single = c switch
            {
                ':' => DeclarationTokenKind.Colon,
                ';' => DeclarationTokenKind.Semicolon,
                ',' => DeclarationTokenKind.Comma,
                '×' => DeclarationTokenKind.Times,
                _ => (DeclarationTokenKind?)null,
            };
            if (single is { } kind) { tokens.Add(new(kind, c.ToString(), i)); i++; continue; }
            if (IsWordChar(c))
            {
                int start = i;
                while (i < text.Length && (IsWordChar(text[i]) || text[i] == '{' && i > start && text[i - 1] == '_'))
                {
                    if (text[i] == '{')
                    {
                        int close = text.IndexOf('}', i);
                        i = close < 0 ? text.Length : close + 1;
                        break;
                    }
                    i++;
                }
                tokens.Add(new(DeclarationTokenKind.Word, text[start..i], start));
                continue;
            }
            // A surrogate pair is one character to the user: keep it in one token.
            int length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            tokens.Add(new(DeclarationTokenKind.Other, text.Substring(i, length), i));
            i += length;
        }
        tokens.Add(new(DeclarationTokenKind.End, "", text.Length));
        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    public static MatrixCalculusException Error(string text, string message, int start, int length) =>
        new(new Diagnostic(DiagnosticCode.Declaration, message, SourceSpan.At(text, start, Math.Max(length, 1)), text, "declarations"));
}
