using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>The direct subterms of a node, in Expr.cs order, for the walks of the numerics.</summary>
internal static class ExprChildren
{
    // The arms are arrays on purpose: with Seq arms the switch would have type Seq<Expr>, and a
    // collection expression [a, b] of that type calls Seq.Add, which returns a new Seq and leaves it empty.
    public static IReadOnlyList<Expr> Of(Expr e) => e switch
    {
        Var or Const or Zero or Identity or Ones => Array.Empty<Expr>(),
        Add a => a.Terms.AsArray(),
        MatMul m => m.Factors.AsArray(),
        Scale s => [s.Coefficient, s.Body],
        Divide d => [d.Numerator, d.Denominator],
        Transpose t => [t.Arg],
        Inverse i => [i.Arg],
        Power p => [p.Base, p.Exponent],
        Trace t => [t.Arg],
        Det d => [d.Arg],
        LogDet l => [l.Arg],
        Hadamard h => [h.Left, h.Right],
        HadamardDivide h => [h.Left, h.Right],
        ElementPower p => [p.Base, p.Exponent],
        Kron k => [k.Left, k.Right],
        Apply a => [a.Arg],
        Sum s => [s.Arg],
        DiagMatrix d => [d.Vector],
        DiagVector d => [d.Matrix],
        Vec v => [v.Arg],
        Softmax s => [s.Arg],
        LogSumExp l => [l.Arg],
        Norm n => [n.Arg],
        Inner i => [i.Left, i.Right],
        Differential d => [d.Arg],
        _ => throw new InvalidOperationException($"no children listed for {e.GetType().Name}."),
    };

    /// <summary>The node and all its subterms, parents before children (depth is bounded by the parser's Limits.MaxDepth).</summary>
    public static IEnumerable<Expr> Descendants(Expr e)
    {
        yield return e;
        foreach (var child in Of(e))
            foreach (var d in Descendants(child))
                yield return d;
    }
}
