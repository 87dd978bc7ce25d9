using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

internal static class Subterms
{
    /// <summary>The node and all its subterms, parents before children (depth is bounded by the parser's Limits.MaxDepth).</summary>
    public static IEnumerable<Expr> All(Expr e)
    {
        yield return e;
        foreach (var child in e.Children())
            foreach (var d in All(child))
                yield return d;
    }
}
