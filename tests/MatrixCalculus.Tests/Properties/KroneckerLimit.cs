using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Properties;

/// <summary>
/// A known limit of issue 9, left open in its note: a derivative through a Kronecker product with a
/// matrix factor is given in a vec/Kronecker form whose printed sizes do not always read back, and
/// whose Kronecker factors of Kronecker factors can be too large to evaluate (an int overflow of a
/// size). The properties count such cases as unchecked, which <see cref="PropertyRun"/> bounds at
/// 5% of a run, instead of failing CI at random; the long survey lists them.
/// </summary>
public static class KroneckerLimit
{
    public const string Note = "known limit: a Kronecker form (matrix factor) that does not read back or is too large to evaluate";

    public static bool Applies(Expr derivative) =>
        derivative.Descendants().Prepend(derivative).OfType<Kron>().Any(k => !k.Left.Shape.IsVector || !k.Right.Shape.IsVector);
}
