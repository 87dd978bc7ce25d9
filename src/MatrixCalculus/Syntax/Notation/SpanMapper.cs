using MatrixCalculus.Terms;

namespace MatrixCalculus.Syntax.Notation;

/// <summary>
/// Carries every span of a tree parsed from rewritten text back into the original, so that the
/// binder's carets point into the LaTeX as typed. The parser has bounded the depth already.
/// </summary>
internal static class SpanMapper
{
    public static SyntaxNode Map(SyntaxNode node, MappedText map)
    {
        SourceSpan S(SourceSpan span) => map.ToOriginal(span);
        SyntaxNode M(SyntaxNode n) => Map(n, map);
        return node switch
        {
            NameSyntax n => n with { Span = S(n.Span) },
            NumberSyntax n => n with { Span = S(n.Span) },
            CommutationSyntax k => k with { Span = S(k.Span) },
            CallSyntax c => c with { Arguments = c.Arguments.Select(M).ToSeq(), NameSpan = S(c.NameSpan), Span = S(c.Span) },
            PostfixSyntax p => p with { Operand = M(p.Operand), Exponent = p.Exponent is null ? null : M(p.Exponent), OpSpan = S(p.OpSpan), Span = S(p.Span) },
            BinarySyntax b => b with { Left = M(b.Left), Right = M(b.Right), OpSpan = S(b.OpSpan), Span = S(b.Span) },
            UnarySyntax u => u with { Operand = M(u.Operand), OpSpan = S(u.OpSpan), Span = S(u.Span) },
            JuxtaposeSyntax j => j with { Factors = j.Factors.Select(M).ToSeq(), Span = S(j.Span) },
            NormSyntax n => n with { Argument = M(n.Argument), Span = S(n.Span) },
            InnerSyntax i => i with { Left = M(i.Left), Right = M(i.Right), Span = S(i.Span) },
            ParenSyntax p => p with { Inner = M(p.Inner), Span = S(p.Span) },
            _ => throw new InvalidOperationException($"unknown syntax node {node.GetType().Name}"),
        };
    }
}
