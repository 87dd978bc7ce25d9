using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>
/// What the terms of a non-scalar sum let a printer leave out:
/// <see cref="BroadcastOnes"/>: a term s·1 (and 1 itself) prints as the bare scalar s, since the
/// parser reads a scalar added to a vector or matrix as broadcast (σ(Xw + b), 1 - y); this needs
/// one term that is not a broadcast, or the sum would read back as a scalar.
/// <see cref="IdentityImplied"/>: I prints without its size subscript (A + λI) when another term
/// fixes the size.
/// </summary>
internal readonly record struct SumContext(bool BroadcastOnes, bool IdentityImplied)
{
    public static SumContext Of(IReadOnlyList<Expr> terms)
    {
        if (terms.Count < 2 || !IsNonScalar(terms[0])) return default;
        var bodies = terms.Select(StripCoefficients).ToList();
        return new(bodies.Any(b => b is not Ones), bodies.Any(DeterminesSize));
    }

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
