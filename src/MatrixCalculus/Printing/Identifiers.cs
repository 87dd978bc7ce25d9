using System.Text.RegularExpressions;

namespace MatrixCalculus.Printing;

/// <summary>
/// The parts of a variable name. The tokenizer reads an identifier as one letter, optional
/// digits and an optional subscript (<c>x</c>, <c>W1</c>, <c>W_2</c>, <c>W_{ij}</c>); any other
/// name is a declared multi-letter name, a "word" that must be set apart from its neighbours.
/// </summary>
internal static partial class Identifiers
{
    [GeneratedRegex(@"^(?<letter>\p{L})(?<digits>[0-9]*)(_(?<sub>\{[^{}]*\}|[\p{L}0-9]+))?$")]
    private static partial Regex SimpleIdentifier();

    public sealed record Parts(string Letter, string Digits, string? Subscript, bool SubscriptBraced);

    /// <summary>The parts of a one-letter identifier; null for a multi-letter name.</summary>
    public static Parts? Split(string name)
    {
        var match = SimpleIdentifier().Match(name);
        if (!match.Success) return null;
        var sub = match.Groups["sub"];
        if (!sub.Success) return new(match.Groups["letter"].Value, match.Groups["digits"].Value, null, false);
        var braced = sub.Value.StartsWith('{');
        return new(match.Groups["letter"].Value, match.Groups["digits"].Value, braced ? sub.Value[1..^1] : sub.Value, braced);
    }

    public static bool IsSimple(string name) => SimpleIdentifier().IsMatch(name);

    /// <summary>How a name ends, for the juxtaposition rules.</summary>
    public static Tail TailOf(string name) => Split(name) switch
    {
        null => Tail.Word,
        { Subscript: null } => Tail.Letter,
        { SubscriptBraced: true } => Tail.Closed,
        _ => Tail.Subscript,
    };
}
