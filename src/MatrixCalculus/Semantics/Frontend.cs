using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

/// <summary>Text to a bound term: declarations, then the parser (told the multi-letter names), then the binder.</summary>
public static class Frontend
{
    /// <exception cref="MatrixCalculusException">
    /// For bad declarations (source name "declarations"), syntax errors and shape errors (source
    /// name "expression"), each with a span inside the text it came from.
    /// </exception>
    public static BoundExpression Compile(string expression, string? declarations)
    {
        var declared = Declarations.Parse(declarations);
        var tree = Parser.Parse(expression, declared.MultiLetterNames);
        return Binder.Bind(tree, expression, declared);
    }
}
