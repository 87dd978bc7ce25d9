namespace MatrixCalculus.Terms;

/// <summary>
/// Generic access to a node's children and a rebuild through the smart constructors, so that
/// rewriters need one arm per node only where they do something special.
/// </summary>
public static class Traversal
{
    public static IReadOnlyList<Expr> Children(this Expr e) => e switch
    {
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
        SoftmaxAlong s => [s.Arg],
        LogSumExpAlong l => [l.Arg],
        Norm n => [n.Arg],
        Inner i => [i.Left, i.Right],
        Differential d => [d.Arg],
        _ => [],
    };

    /// <summary>The same node over new children, through the smart constructors; <c>e</c> itself when nothing changed.</summary>
    public static Expr WithChildren(this Expr e, IReadOnlyList<Expr> c)
    {
        var old = e.Children();
        if (old.Count == c.Count && old.Zip(c).All(p => ReferenceEquals(p.First, p.Second))) return e;
        return e switch
        {
            Add => Ex.Add(c),
            MatMul => Ex.MatMul(c),
            Scale => Ex.Scale(c[0], c[1]),
            Divide => Ex.Divide(c[0], c[1]),
            Transpose => Ex.Transpose(c[0]),
            Inverse => Ex.Inverse(c[0]),
            Power => Ex.Power(c[0], c[1]),
            Trace => Ex.Trace(c[0]),
            Det => Ex.Det(c[0]),
            LogDet => Ex.LogDet(c[0]),
            Hadamard => Ex.Hadamard(c[0], c[1]),
            HadamardDivide => Ex.HadamardDivide(c[0], c[1]),
            ElementPower => Ex.ElementPower(c[0], c[1]),
            Kron => Ex.Kron(c[0], c[1]),
            Apply a => Ex.Apply(a.Function, c[0]),
            Sum => Ex.Sum(c[0]),
            DiagMatrix => Ex.DiagMatrix(c[0]),
            DiagVector => Ex.DiagVector(c[0]),
            Vec => Ex.Vec(c[0]),
            Softmax => Ex.Softmax(c[0]),
            LogSumExp => Ex.LogSumExp(c[0]),
            SoftmaxAlong s => Ex.SoftmaxAlong(s.Along, c[0]),
            LogSumExpAlong l => Ex.LogSumExpAlong(l.Along, c[0]),
            Norm n => Ex.Norm(n.Kind, c[0]),
            Inner => Ex.Inner(c[0], c[1]),
            Differential => Ex.D(c[0]),
            _ => e,
        };
    }

    /// <summary>Bottom-up rewrite: children first, then <paramref name="rewrite"/> on the rebuilt node.</summary>
    public static Expr Postwalk(this Expr e, Func<Expr, Expr> rewrite)
    {
        var children = e.Children();
        if (children.Count == 0) return rewrite(e);
        var rebuilt = e.WithChildren(children.Select(c => c.Postwalk(rewrite)).ToArray());
        return rewrite(rebuilt);
    }

    /// <summary>The node and all its subterms, parents before children (depth is bounded by Limits.MaxTermDepth).</summary>
    public static IEnumerable<Expr> Descendants(this Expr e)
    {
        yield return e;
        foreach (var child in e.Children())
            foreach (var d in child.Descendants())
                yield return d;
    }

    public static bool Contains(this Expr e, Expr target) =>
        e.Equals(target) || e.Children().Any(c => c.Contains(target));

    public static bool Any(this Expr e, Func<Expr, bool> predicate) =>
        predicate(e) || e.Children().Any(c => c.Any(predicate));

    /// <summary>Every occurrence of <paramref name="target"/> replaced by <paramref name="replacement"/>.</summary>
    public static Expr Substitute(this Expr e, Expr target, Expr replacement) =>
        e.Equals(target) ? replacement : e.WithChildren(e.Children().Select(c => c.Substitute(target, replacement)).ToArray());

    /// <summary>The variables of a term, in order of first appearance (deterministic).</summary>
    public static IReadOnlyList<Var> Variables(this Expr e)
    {
        var seen = new List<Var>();
        Walk(e);
        return seen;
        void Walk(Expr x)
        {
            if (x is Var v) { if (!seen.Contains(v)) seen.Add(v); return; }
            foreach (var c in x.Children()) Walk(c);
        }
    }
}
