using MatrixCalculus.Terms;

namespace MatrixCalculus.Syntax;

/// <summary>
/// <c>norm(x)</c> is <c>||x||</c> (the 2-norm; Frobenius for a matrix), <c>norm(x, 1)</c> is
/// <c>||x||_1</c>, <c>norm(x, 2)</c> is <c>||x||_2</c>, <c>norm(X, F)</c> is <c>||X||_F</c>,
/// as other tools write them.
/// </summary>
internal static class NormCall
{
    public static SyntaxNode Of(Seq<SyntaxNode> arguments, SourceSpan span)
    {
        if (arguments.Count == 1) return new NormSyntax(null, arguments[0], span);
        var kind = arguments[1] switch
        {
            NumberSyntax { Value: 1 or 2, Subscript: null } n when n.Text is "1" or "2" => n.Text,
            NameSyntax { Name: "F", Subscript: null } => "F",
            var other => throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.Syntax,
                "the second argument of norm is the kind of norm: 1, 2 or F, as in `norm(x, 1)`.", other.Span, "")),
        };
        return new NormSyntax(kind, arguments[0], span);
    }
}
