using MatrixCalculus.Semantics;

namespace MatrixCalculus.Printing;

/// <summary>Dimensions as size subscripts.</summary>
internal static class DimText
{
    /// <summary>
    /// The factors of a dimension: a product made by <see cref="DimOps.Times"/> (named "n·m") has
    /// no subscript the language can write, so its identity and ones print as Kronecker products
    /// of the factors' (I_{nm} = kron(I_n, I_m), 1_{nm} = kron(1_n, 1_m)).
    /// </summary>
    public static IReadOnlyList<string> Factors(Dim? d) => d switch
    {
        null => ["?"],
        Dim.Named { Name: var name } when name.Contains('·') => name.Split('·'),
        _ => [d.ToString()],
    };

    /// <summary>Whether a shape has both its dims (a hand-built record may not); printers then print it as a scalar's.</summary>
    public static bool HasDims([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] Shape? shape) => shape is { Rows: not null, Cols: not null };

    /// <summary>_n, _3, and _{n1} with braces when the size is more than one character.</summary>
    public static string Subscript(string size) => size.Length == 1 ? "_" + size : "_{" + size + "}";

    public static Tail SubscriptTail(string size) => size.Length == 1 ? Tail.Subscript : Tail.Closed;
}
