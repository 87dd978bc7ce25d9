using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

/// <summary>Text to a bound term: declarations, then the parser (told the multi-letter names), then the binder.</summary>
public static class Frontend
{
    /// <exception cref="MatrixCalculusException">
    /// For bad declarations (source name "declarations"), syntax errors and shape errors (source
    /// name "expression"), each with a span inside the text it came from.
    /// </exception>
    /// <param name="expression">the expression as typed (plain, LaTeX or Unicode).</param>
    /// <param name="declarations">the <c>--let</c> text, or null.</param>
    /// <param name="givenNames">
    /// Names the user gave besides the declarations (<c>--wrt bias</c>, the keys of a point file):
    /// each is one symbol even when it has several letters.
    /// </param>
    public static BoundExpression Compile(string expression, string? declarations, IReadOnlyCollection<string>? givenNames = null)
    {
        var declared = Declarations.Parse(declarations);
        var given = (givenNames ?? []).Select(n => SymbolNames.Normalize(n.Trim())).ToList();
        var words = declared.MultiLetterNames
            .Concat(given.Select(SymbolNames.MultiLetterWord).OfType<string>())
            // A declared σ is a symbol even before parentheses.
            .Concat(declared.Find("σ") is null ? [] : ["σ"])
            .Distinct(StringComparer.Ordinal).ToList();
        var parsed = Parser.Read(expression, words);
        var bound = Binder.Bind(parsed.Tree, expression, declared, given);
        return bound with { Notes = parsed.Notes, HeadVariables = parsed.HeadVariables };
    }
}
