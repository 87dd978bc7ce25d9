using System.Globalization;

namespace MatrixCalculus.Syntax;

/// <summary>
/// Number literals: <c>2</c>, <c>0.5</c>, <c>.5</c>, <c>1e-3</c>, and an integer fraction written
/// without spaces, <c>1/2</c>, which is one literal (so <c>1/2 x'Ax</c> is half of x'Ax). Only a
/// lower-case <c>e</c> starts an exponent, because upper-case letters name matrices (<c>2E1</c> is 2·E1).
/// </summary>
internal static class NumberLiteral
{
    public readonly record struct Literal(string Text, bool IsFraction);

    public static Literal Scan(string text, int start)
    {
        int end = Digits(text, start);
        bool integer = true;
        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1])) { end = Digits(text, end + 1); integer = false; }
        if (ExponentEnd(text, end) is int exponentEnd) { end = exponentEnd; integer = false; }
        if (integer && end + 1 < text.Length && text[end] == '/' && char.IsAsciiDigit(text[end + 1]))
        {
            int denominatorEnd = Digits(text, end + 1);
            // 1/2.5 and 1/2e3 are a division by a decimal, not a fraction literal.
            bool decimalFollows = denominatorEnd + 1 < text.Length && text[denominatorEnd] == '.' && char.IsAsciiDigit(text[denominatorEnd + 1]);
            if (!decimalFollows && ExponentEnd(text, denominatorEnd) is null)
                return new Literal(text[start..denominatorEnd], IsFraction: true);
        }
        return new Literal(text[start..end], IsFraction: false);
    }

    /// <summary>The value of a literal <see cref="Scan"/> accepted and <see cref="Problem"/> did not reject.</summary>
    public static double Value(string literal)
    {
        int slash = literal.IndexOf('/');
        return slash < 0 ? Parse(literal) : Parse(literal[..slash]) / Parse(literal[(slash + 1)..]);
    }

    /// <summary>Why a literal has no finite value (1e999, 1/0), or null.</summary>
    public static string? Problem(string literal)
    {
        int slash = literal.IndexOf('/');
        if (slash >= 0 && Parse(literal[(slash + 1)..]) == 0) return $"division by zero in `{literal}`.";
        return double.IsFinite(Value(literal)) ? null : "number out of range.";
    }

    private static double Parse(string digits) => double.Parse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static int Digits(string text, int from)
    {
        while (from < text.Length && char.IsAsciiDigit(text[from])) from++;
        return from;
    }

    private static int? ExponentEnd(string text, int at)
    {
        if (at >= text.Length || text[at] != 'e') return null;
        int digitsAt = at + 1 < text.Length && text[at + 1] is '+' or '-' ? at + 2 : at + 1;
        return digitsAt < text.Length && char.IsAsciiDigit(text[digitsAt]) ? Digits(text, digitsAt) : null;
    }
}
