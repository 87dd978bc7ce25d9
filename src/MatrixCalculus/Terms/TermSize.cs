using MatrixCalculus.Syntax;

namespace MatrixCalculus.Terms;

/// <summary>
/// Stops a term that is too big for the passes after it (<see cref="Limits.MaxTermSize"/>,
/// <see cref="Limits.MaxTermDepth"/>). The walk is iterative and stops at the first node past a
/// limit, so it costs at most MaxTermSize steps and no stack, however large the term: a term with
/// shared subterms can be exponentially larger as a tree than in memory.
/// </summary>
public static class TermSize
{
    /// <summary>Throws MC1003, without a span (the caller knows the input), when <paramref name="e"/> is past a limit.</summary>
    public static void Check(Expr e, string what)
    {
        int count = 0;
        var pending = new Stack<(Expr Node, int Depth)>();
        pending.Push((e, 1));
        while (pending.TryPop(out var item))
        {
            if (++count > Limits.MaxTermSize)
                throw TooLarge($"{what} grows past {Limits.MaxTermSize} terms; differentiate a smaller expression, or one part of it at a time.");
            if (item.Depth > Limits.MaxTermDepth)
                throw TooLarge($"{what} nests deeper than {Limits.MaxTermDepth} levels; differentiate a smaller expression, or one part of it at a time.");
            foreach (var child in item.Node.Children()) pending.Push((child, item.Depth + 1));
        }
    }

    private static MatrixCalculusException TooLarge(string message) =>
        new(new Diagnostic(DiagnosticCode.InputTooLarge, message, SourceSpan.None, ""));
}
