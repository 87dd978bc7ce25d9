using System.Text.RegularExpressions;

namespace MatrixCalculus.Syntax.Notation;

/// <summary>
/// A leading <c>f(x) =</c>, <c>L(w) :=</c> or <c>f =</c>, as the notes write a definition: it is
/// not part of the expression. Its variables (<c>x</c>) say what the function is of, which
/// the command line takes as the variable when none is given.
/// </summary>
internal static partial class ExpressionHead
{
    [GeneratedRegex(@"^\s*\p{L}[\p{L}\d]*(_\{?[\p{L}\d]+\}?)?\s*(\((?<args>[^()=]*)\))?\s*(:=|=)(?!=)")]
    private static partial Regex Head();

    [GeneratedRegex(@"^\p{L}[\p{L}\d]*(_\{?[\p{L}\d]+\}?)?$")]
    private static partial Regex Variable();

    /// <summary>The text with the head blanked out (so every position stays where it was), and the head's variables.</summary>
    public static (string Text, IReadOnlyList<string> Variables) Strip(string text)
    {
        var match = Head().Match(text);
        if (!match.Success) return (text, []);
        var variables = match.Groups["args"].Success
            ? match.Groups["args"].Value.Split(',').Select(v => v.Trim()).Where(v => Variable().IsMatch(v)).ToList()
            : [];
        var blanks = string.Concat(text[..match.Length].Select(c => c == '\n' ? '\n' : ' '));
        return (blanks + text[match.Length..], variables);
    }
}
