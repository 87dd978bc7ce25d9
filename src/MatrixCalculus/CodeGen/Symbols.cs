using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>How a value is passed in and out: a number, a 1-D list (a column), or a list of rows.</summary>
internal enum ValueForm { Scalar, Vector, Matrix }

/// <summary>A symbol of the expression as generated code sees it: its identifier and its form.</summary>
internal sealed record Symbol(Var Var, string Code)
{
    public string Name => Var.Name;
    public ValueForm Form => FormOf(Var.Shape);

    /// <summary>The contract's layout, decided by the symbolic shape (x with n = 1 is still a list).</summary>
    public static ValueForm FormOf(Shape shape) =>
        shape.IsScalar ? ValueForm.Scalar : shape.IsColumn ? ValueForm.Vector : ValueForm.Matrix;

    /// <summary>The kind of value in words, with its dimensions: "matrix (n×m)", "vector (n)", "scalar".</summary>
    public string Description => Form switch
    {
        ValueForm.Scalar => "scalar",
        ValueForm.Vector => $"vector ({Var.Shape.Rows})",
        _ => $"matrix ({Var.Shape.Rows}×{Var.Shape.Cols})",
    };
}

/// <summary>
/// Where each named dimension is read from: the first symbol axis carrying it. Every other axis
/// with that name is checked against it, so a wrong size fails with a message naming the symbol
/// and the dimension instead of deep inside a product.
/// </summary>
internal sealed record SizeSource(string Dimension, Symbol Symbol, int Axis)
{
    public static IReadOnlyList<SizeSource> Of(IReadOnlyList<Symbol> symbols)
    {
        var sources = new List<SizeSource>();
        foreach (var symbol in symbols)
            foreach (var (dim, axis) in Axes(symbol))
                if (dim is Dim.Named { Name: var name } && !name.Contains('·') && sources.All(s => s.Dimension != name))
                    sources.Add(new SizeSource(name, symbol, axis));
        return sources;
    }

    /// <summary>The axes of the symbol's value as passed in (a vector has one, a scalar none).</summary>
    public static IEnumerable<(Dim Dim, int Axis)> Axes(Symbol symbol) => symbol.Form switch
    {
        ValueForm.Scalar => [],
        ValueForm.Vector => [(symbol.Var.Shape.Rows, 0)],
        _ => [(symbol.Var.Shape.Rows, 0), (symbol.Var.Shape.Cols, 1)],
    };

    public static string AxisWord(Symbol symbol, int axis) =>
        symbol.Form == ValueForm.Vector ? "entries" : axis == 0 ? "rows" : "columns";
}
