using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

/// <summary>Children of syntax nodes, and an iterative walk (no recursion, so any depth is safe).</summary>
internal static class SyntaxWalk
{
    public static IEnumerable<SyntaxNode> Children(SyntaxNode node) => node switch
    {
        CallSyntax c => c.Arguments,
        PostfixSyntax { Exponent: { } e } p => [p.Operand, e],
        PostfixSyntax p => [p.Operand],
        BinarySyntax b => [b.Left, b.Right],
        UnarySyntax u => [u.Operand],
        JuxtaposeSyntax j => j.Factors,
        NormSyntax n => [n.Argument],
        InnerSyntax i => [i.Left, i.Right],
        ParenSyntax p => [p.Inner],
        _ => [],
    };

    /// <summary>Every node, parents before children.</summary>
    public static IEnumerable<SyntaxNode> All(SyntaxNode root)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            foreach (var child in Children(node).Reverse()) pending.Push(child);
        }
    }
}
