using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>
/// A deterministic structural key of a term. Record hash codes mix in randomized string hashes,
/// so they cannot order anything that is printed; this key can.
/// </summary>
internal static class CanonicalKey
{
    // Terms are immutable, so a node's key never changes: it is worked out once per node object.
    // The simplifier asks for the keys of the same subterms over and over (Monomial.Cancel at each
    // level of a product), which without this was cubic in the depth: the derivative of 80
    // nested logs took more than 10 s.
    private static readonly ConditionalWeakTable<Expr, string> Known = new();

    public static string Of(Expr e) => Known.GetValue(e, Compute);

    private static string Compute(Expr e)
    {
        var sb = new StringBuilder();
        Write(e, sb);
        return sb.ToString();
    }

    private static void Write(Expr e, StringBuilder sb)
    {
        sb.Append(e.GetType().Name);
        switch (e)
        {
            case Var v: sb.Append(':').Append(v.Name); break;
            case Const c: sb.Append(':').Append(c.Value.ToString("R", CultureInfo.InvariantCulture)); break;
            case Apply a: sb.Append(':').Append(a.Function); break;
            case Norm n: sb.Append(':').Append(n.Kind); break;
            // the axis is part of the function: softmax of each row is not softmax of each column
            case SoftmaxAlong s: sb.Append(':').Append(s.Along); break;
            case LogSumExpAlong l: sb.Append(':').Append(l.Along); break;
            case Zero or Identity or Ones: sb.Append(':').Append(e.Shape); break;
            // K_{m,n} and K_{n,m} have one shape and are different matrices (one is the other's inverse)
            case Commutation k: sb.Append(':').Append(k.M).Append(',').Append(k.N); break;
        }
        var children = e.Children();
        if (children.Count == 0) return;
        // + and ⊙ commute: their operands are keyed in sorted order, so a reordered sum has one key.
        var keys = children.Select(Of);
        if (e is Add or Hadamard) keys = keys.Order(StringComparer.Ordinal);
        sb.Append('(');
        foreach (var key in keys) sb.Append(key).Append(',');
        sb.Append(')');
    }

    /// <summary>The number of nodes: the measure of "shorter" when choosing between two forms.</summary>
    public static int Size(Expr e) => 1 + e.Children().Sum(Size);
}
