namespace MatrixCalculus.Semantics;

/// <summary>
/// The shape a symbol starts with. Declared: as declared (an unnamed size is a fresh dimension).
/// Undeclared: Greek is a scalar, uppercase a matrix, anything else a column vector, and a
/// symbol the binder has found must be a scalar (<c>N</c> in <c>1/N</c>) is a scalar.
/// </summary>
internal static class DefaultKinds
{
    public static ShapeVar ShapeOf(string name, Declaration? declaration, bool demoted, DimUnifier dims)
    {
        if (declaration is not null)
        {
            int rows = DimOf(declaration.Rows, dims);
            int cols = declaration.Square ? rows : DimOf(declaration.Cols, dims);
            return new(rows, cols);
        }
        if (demoted || SymbolNames.IsGreek(name)) return new(dims.One, dims.One);
        return char.IsUpper(name[0]) ? new(dims.Fresh(), dims.Fresh()) : new(dims.Fresh(), dims.One);
    }

    /// <summary>Whether the binder may make an undeclared symbol a scalar: it is not one already.</summary>
    public static bool IsDemotable(string name, Declaration? declaration, bool demoted) =>
        declaration is null && !demoted && !SymbolNames.IsGreek(name);

    public static int DimOf(Dim? dim, DimUnifier dims) => dim switch
    {
        null => dims.Fresh(),
        Dim.Known k => dims.Known(k.Value),
        Dim.Named n => dims.Named(n.Name),
        _ => throw new InvalidOperationException($"unexpected dimension {dim}"),
    };
}
