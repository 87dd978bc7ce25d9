using Superpower.Model;

namespace MatrixCalculus.Syntax;

/// <summary>
/// Keeps nesting within <see cref="Limits.MaxDepth"/>, so that neither the parser nor any later
/// tree walk can overflow the stack (which would kill the process, not throw).
/// Two checks, because the parser recurses only at brackets and loops over chains:
/// <list type="bullet">
/// <item><see cref="CheckBrackets"/> runs on the tokens before parsing and bounds the parser's own
///   recursion: 100,000 nested parentheses are rejected without descending into them;</item>
/// <item><see cref="CheckTree"/> runs, without recursion, on the finished tree, whose depth also
///   grows with chains the parser built in loops (100,000 chained <c>log</c>, long sums).</item>
/// </list>
/// Depth counts the non-leaf nodes on a path from the root, so n nested brackets are n levels.
/// </summary>
internal static class DepthGuard
{
    private static string Message => $"nesting deeper than {Limits.MaxDepth} levels.";

    // A flat chain nests too: x + x + … is ((x + x) + …), one level per operator.
    private static string ChainMessage =>
        $"nesting deeper than {Limits.MaxDepth} levels: each operator of a chain such as `x + x + …` is one level.";

    /// <summary>Rejects bracket nesting deeper than the limit; returns the deepest nesting found.</summary>
    public static int CheckBrackets(string text, TokenList<MatrixToken> tokens)
    {
        var open = new Stack<MatrixToken>();
        bool afterOperand = false;
        int deepest = 0;
        foreach (var token in tokens)
        {
            bool closes = token.Kind switch
            {
                MatrixToken.RightParen => Closes(MatrixToken.LeftParen),
                MatrixToken.GreaterThan => Closes(MatrixToken.LessThan),
                MatrixToken.RightAngleBracket => Closes(MatrixToken.LeftAngleBracket),
                // As in the grammar: || after an operand, inside a norm, closes it; otherwise it opens one.
                MatrixToken.DoubleBar when afterOperand && open.TryPeek(out var top) && top == MatrixToken.DoubleBar => Closes(MatrixToken.DoubleBar),
                _ => false,
            };
            if (token.Kind is MatrixToken.LeftParen or MatrixToken.LessThan or MatrixToken.LeftAngleBracket
                || token.Kind == MatrixToken.DoubleBar && !closes)
            {
                open.Push(token.Kind);
                if (open.Count > Limits.MaxDepth)
                    throw SyntaxErrors.At(text, token.ToSourceSpan(), Message, DiagnosticCode.InputTooLarge);
                deepest = Math.Max(deepest, open.Count);
            }
            else if (token.Kind is MatrixToken.RightParen or MatrixToken.GreaterThan or MatrixToken.RightAngleBracket && !closes)
                return deepest; // a mismatched closer: the parser stops there with a syntax error, no deeper
            afterOperand = closes || token.Kind is MatrixToken.Identifier or MatrixToken.SpelledName or MatrixToken.Number
                or MatrixToken.Subscript or MatrixToken.Commutation or MatrixToken.Prime;
        }
        return deepest;

        bool Closes(MatrixToken opener)
        {
            if (!open.TryPeek(out var top) || top != opener) return false;
            open.Pop();
            return true;
        }
    }

    public static void CheckTree(string text, SyntaxNode root)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.TryPop(out var item))
        {
            var children = Children(item.Node);
            if (children.Length == 0) continue;
            if (item.Depth > Limits.MaxDepth)
                throw SyntaxErrors.At(text, Anchor(item.Node), item.Node is BinarySyntax or UnarySyntax or PostfixSyntax ? ChainMessage : Message,
                    DiagnosticCode.InputTooLarge);
            for (int i = children.Length - 1; i >= 0; i--) pending.Push((children[i], item.Depth + 1));
        }
    }

    // Arrays, not collection expressions: a switch arm of type Seq<T> would make `[a]` a Seq, and
    // Seq<T>.Add returns a new Seq, so the collection expression would silently come out empty.
    private static SyntaxNode[] Children(SyntaxNode node) => node switch
    {
        NameSyntax or NumberSyntax or CommutationSyntax => [],
        CallSyntax call => call.Arguments.ToArray(),
        PostfixSyntax postfix => postfix.Exponent is null ? [postfix.Operand] : [postfix.Operand, postfix.Exponent],
        BinarySyntax binary => [binary.Left, binary.Right],
        UnarySyntax unary => [unary.Operand],
        JuxtaposeSyntax juxtapose => juxtapose.Factors.ToArray(),
        NormSyntax norm => [norm.Argument],
        InnerSyntax inner => [inner.Left, inner.Right],
        ParenSyntax paren => [paren.Inner],
        _ => throw new InvalidOperationException($"DepthGuard does not know {node.GetType().Name}."),
    };

    // Where to point: the operator or function name of the node, else its opening bracket.
    private static SourceSpan Anchor(SyntaxNode node) => node switch
    {
        CallSyntax call => call.NameSpan,
        PostfixSyntax postfix => postfix.OpSpan,
        BinarySyntax binary => binary.OpSpan,
        UnarySyntax unary => unary.OpSpan,
        NormSyntax => node.Span with { Length = 2 },
        _ => node.Span with { Length = 1 },
    };
}
