namespace MatrixCalculus.Semantics;

/// <summary>Arithmetic on dimensions, for the shapes of Kronecker products and vec.</summary>
public static class DimOps
{
    /// <summary>a·b: known sizes multiply; 1 is the unit; otherwise a product name such as <c>nm</c>.</summary>
    public static Dim Times(Dim a, Dim b) => (a, b) switch
    {
        (Dim.Known x, Dim.Known y) => Dim.Of(x.Value * y.Value),
        _ when a.IsOne => b,
        _ when b.IsOne => a,
        _ => Dim.Of($"{a}·{b}"),
    };
}
