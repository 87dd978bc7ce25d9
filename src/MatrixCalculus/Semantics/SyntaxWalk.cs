using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

/// <summary>Children of syntax nodes, and an iterative walk (no recursion, so any depth is safe).</summary>
internal static class SyntaxWalk
{
    // Arrays, not collection expressions: with Seq<T> as the first arm's type, [a, b] would
    // become a Seq built by its non-mutating Add, which is empty.
    public static IReadOnlyList<SyntaxNode> Children(SyntaxNode node) => node switch
    {
        CallSyntax c => c.Arguments.ToArray(),
        PostfixSyntax { Exponent: { } e } p => new[] { p.Operand, e },
        PostfixSyntax p => new[] { p.Operand },
        BinarySyntax b => new[] { b.Left, b.Right },
        UnarySyntax u => new[] { u.Operand },
        JuxtaposeSyntax j => j.Factors.ToArray(),
        NormSyntax n => new[] { n.Argument },
        InnerSyntax i => new[] { i.Left, i.Right },
        ParenSyntax p => new[] { p.Inner },
        _ => Array.Empty<SyntaxNode>(),
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
            var children = Children(node);
            for (int i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
        }
    }
}
