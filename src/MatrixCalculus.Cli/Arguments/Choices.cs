using System.CommandLine;
using System.CommandLine.Parsing;

namespace MatrixCalculus.Cli.Arguments;

/// <summary>One accepted word of an option and what it means; prints as the word (help shows <c>[default: text]</c>).</summary>
internal sealed record Choice<T>(string Word, T Value)
{
    public override string ToString() => Word;
}

/// <summary>
/// Options that take one of a few words. System.CommandLine's own enum parsing accepts any
/// casing and reports a bad value with the .NET type name; this parser names the choices instead:
/// <c>--format must be one of text, latex, json, not `foo`.</c>
/// </summary>
internal static class Choices
{
    /// <summary>The first choice is the default.</summary>
    public static Option<Choice<T>> Option<T>(string name, string description, params Choice<T>[] choices) => new(name)
    {
        Description = description,
        HelpName = string.Join('|', choices.Select(c => c.Word)),
        DefaultValueFactory = _ => choices[0],
        CustomParser = result => Parse(name, result, choices),
    };

    private static Choice<T> Parse<T>(string name, ArgumentResult result, Choice<T>[] choices)
    {
        if (result.Tokens.Count == 0) return choices[0];
        var word = result.Tokens[^1].Value;
        if (choices.FirstOrDefault(c => c.Word == word) is { } chosen) return chosen;
        var words = choices.Select(c => c.Word).ToArray();
        var list = words.Length == 2 ? $"{words[0]} or {words[1]}" : "one of " + string.Join(", ", words);
        result.AddError($"{name} must be {list}, not `{word}`.");
        return choices[0];
    }
}
