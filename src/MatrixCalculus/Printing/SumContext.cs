using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>
/// What a term of a non-scalar sum lets a printer leave out:
/// <see cref="BareBroadcast"/>: the term s·1 (or 1 itself) prints as the bare scalar s, since the
/// parser reads a scalar added to a vector or matrix as broadcast (σ(Xw + b), 1 - y). Sums are
/// left associative, so this holds only where the sum so far is non-scalar, or for the first
/// term when the second is not a broadcast: in 1 + α - y, 1 + α is a scalar sum, so that sum
/// prints 1_n + α 1_n - y.
/// <see cref="IdentityImplied"/>: I prints without its size subscript (A + λI) when another term
/// fixes the size (sizes are unified over the whole expression, so any position will do).
/// </summary>
internal readonly record struct SumContext(bool BareBroadcast, bool IdentityImplied)
{
    /// <summary>The context of each term of a sum.</summary>
    public static SumContext[] ForTerms(IReadOnlyList<Expr> terms)
    {
        var contexts = new SumContext[terms.Count];
        if (terms.Count < 2 || !IsNonScalar(terms[0])) return contexts;
        var bodies = terms.Select(StripCoefficients).ToList();
        var firstSized = bodies.FindIndex(b => b is not Ones);
        var identityImplied = bodies.Any(DeterminesSize);
        for (int i = 0; i < terms.Count; i++)
        {
            var bare = firstSized >= 0 && (i > firstSized || i == 0 && firstSized == 1);
            contexts[i] = new(bare, identityImplied);
        }
        return contexts;
    }

    /// <summary>
    /// Whether the left operand of an elementwise division is a broadcast s·1 that may print as
    /// s: the parser reads s ./ x as (s·1) ./ x when x is no broadcast itself. (On the right,
    /// x ./ s reads as the scaling x/s, another term.)
    /// </summary>
    public static bool IsBroadcastDividend(Expr left, Expr right, bool division) =>
        division && StripCoefficients(left) is Ones && StripCoefficients(right) is not Ones && IsNonScalar(left);

    /// <summary>The body under a chain of scalar coefficients: s·t·B → B.</summary>
    public static Expr StripCoefficients(Expr e)
    {
        while (e is Scale s) e = s.Body;
        return e;
    }

    /// <summary>Whether the text of a term tells the parser its size (I, 1 and 0 take it from their neighbours).</summary>
    public static bool DeterminesSize(Expr? e) => e is not (null or Identity or Ones or Zero);

    /// <summary>
    /// The shape, or null for a record no smart constructor would build (an empty sum, a variable
    /// without a shape): printers must print whatever they are given, since ToString uses them.
    /// </summary>
    public static Shape? ShapeOrNull(Expr? e)
    {
        try { return e?.Shape is { Rows: not null, Cols: not null } shape ? shape : null; }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentOutOfRangeException or NullReferenceException)
        { return null; }
    }

    public static bool IsNonScalar(Expr? e) => ShapeOrNull(e) is { IsScalar: false };
}
