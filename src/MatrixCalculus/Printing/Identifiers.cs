using System.Text.RegularExpressions;

namespace MatrixCalculus.Printing;

/// <summary>
/// The parts of a variable name. The tokenizer reads one letter with optional digits as an
/// identifier, and a subscript unbraced only when it is one letter with digits or digits
/// (<c>W_2</c>, <c>x_n1</c>); any other subscript needs braces (the binder's name <c>W_ij</c>
/// comes from <c>W_{ij}</c>). A name of several letters is a declared "word" that must be set
/// apart from its neighbours.
/// </summary>
internal static partial class Identifiers
{
    [GeneratedRegex(@"^(?<letter>\p{L})(?<digits>[0-9]*)(_(\{(?<sub>[\p{L}0-9]+)\}|(?<sub>[\p{L}0-9]+)))?$")]
    private static partial Regex OneLetterName();

    [GeneratedRegex(@"^(\p{L}[0-9]*|[0-9]+)$")]
    private static partial Regex UnbracedSubscript();

    public sealed record Parts(string Letter, string Digits, string? Subscript)
    {
        public bool SubscriptNeedsBraces => Subscript is not null && !UnbracedSubscript().IsMatch(Subscript);

        /// <summary>The name as the tokenizer reads it back: W_2, W_{ij}.</summary>
        public string Text => Subscript is null ? Letter + Digits
            : Letter + Digits + "_" + (SubscriptNeedsBraces ? "{" + Subscript + "}" : Subscript);
    }

    /// <summary>The parts of a one-letter name (subscript without braces); null for a multi-letter name.</summary>
    public static Parts? Split(string name)
    {
        var match = OneLetterName().Match(name);
        if (!match.Success) return null;
        var sub = match.Groups["sub"];
        return new(match.Groups["letter"].Value, match.Groups["digits"].Value, sub.Success ? sub.Value : null);
    }

    public static bool IsSimple(string name) => OneLetterName().IsMatch(name);

    /// <summary>A name as text that reads back as the same symbol, and how that text ends.</summary>
    public static Printed Print(string name) => Split(name) switch
    {
        null => new(name, Precedence.Primary, Tail.Word),
        { Subscript: null } parts => new(parts.Text, Precedence.Primary, Tail.Letter),
        { SubscriptNeedsBraces: true } parts => new(parts.Text, Precedence.Primary, Tail.Closed),
        var parts => new(parts.Text, Precedence.Primary, Tail.Subscript),
    };
}
