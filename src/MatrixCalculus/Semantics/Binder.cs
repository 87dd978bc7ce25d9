using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

/// <summary>
/// Syntax to terms: declarations and default kinds give every symbol a shape, inference unifies
/// the dimensions across the whole expression and reports every shape error with the span of
/// its operator, and the term builder makes <see cref="Terms.Expr"/>s with the final shapes.
/// </summary>
public static class Binder
{
    /// <param name="tree">the parsed expression.</param>
    /// <param name="source">the text it was parsed from, for the spans of errors.</param>
    /// <param name="declarations">the declared symbols (the <c>--let</c> text, parsed).</param>
    /// <param name="givenNames">Names the user gave as symbols (by --wrt or a point file): <c>e</c> among them is a symbol, not Euler's number.</param>
    public static BoundExpression Bind(SyntaxNode tree, string source, Declarations declarations, IReadOnlyCollection<string>? givenNames = null)
    {
        var reserved = ReservedNames(tree, declarations);
        var demoted = new HashSet<string>(StringComparer.Ordinal);
        var choices = new BindingChoices(new HashSet<string>((givenNames ?? []).Select(SymbolNames.Normalize), StringComparer.Ordinal));
        try
        {
            // Each round makes at least one more undeclared symbol a scalar, or keeps one with
            // its default kind for good, so this ends.
            while (true)
            {
                var inference = new Inference(source, declarations, demoted, reserved, choices);
                try
                {
                    inference.Infer(tree);
                }
                catch (MatrixCalculusException) when (inference.Requests.Count > 0 || inference.PreferredScalars.Count > 0)
                {
                    // An error after a symbol was found to be a scalar may be a consequence of
                    // carrying on as if it were one: decide again with it a scalar throughout.
                }
                if (inference.Requests.Count == 0 && inference.PreferredScalars.Count == 0) return new TermBuilder(inference).Bind(tree);
                inference.ThrowOnConflict();
                var refused = inference.RefusedPreferences.ToList();
                demoted.UnionWith(inference.Requests);
                demoted.UnionWith(inference.PreferredScalars.Except(refused));
                choices.KeptDefault.UnionWith(refused);
            }
        }
        catch (InsufficientExecutionStackException)
        {
            throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.InputTooLarge,
                "the expression is nested too deeply.", SourceSpan.At(source, 0, source.Length), source));
        }
    }

    // Names a fresh dimension must not take: declared names, symbols and I_n / 1_n sizes.
    private static HashSet<string> ReservedNames(SyntaxNode tree, Declarations declarations)
    {
        var reserved = new HashSet<string>(declarations.Names.Concat(declarations.DimensionNames), StringComparer.Ordinal);
        foreach (var node in SyntaxWalk.All(tree))
        {
            switch (node)
            {
                case NameSyntax { Name: "I", Subscript: { } size }: reserved.Add(size.Trim('{', '}')); break;
                case NameSyntax n: reserved.Add(SymbolNames.Normalize(n.Name, n.Subscript)); break;
                case NumberSyntax { Subscript: { } size }: reserved.Add(size.Trim('{', '}')); break;
                case CommutationSyntax k: reserved.Add(k.Rows); reserved.Add(k.Cols); break;
            }
        }
        return reserved;
    }
}
