using MatrixCalculus.Terms;

namespace MatrixCalculus.Semantics;

/// <summary>
/// Symbols written back the way <c>--let</c> reads them (<c>A: n x n symmetric</c>), so a printed
/// result can be read again with the shapes and sizes of the expression it came from.
/// </summary>
public static class DeclarationText
{
    /// <summary><c>scalar</c>, <c>n</c> (a column), <c>m x n</c> (a matrix or a row <c>1 x n</c>).</summary>
    public static string Of(Shape shape) =>
        shape.IsScalar ? "scalar" : shape.IsColumn ? shape.Rows.ToString() : $"{shape.Rows} x {shape.Cols}";

    /// <summary>The declaration of a symbol: <c>A: n x n symmetric</c>.</summary>
    public static string Declaration(Var symbol) =>
        string.Join(' ', new[] { $"{symbol.Name}: {Of(symbol.Shape)}" }.Concat(AttributeWords(symbol.Attributes)));

    /// <summary>Declarations of all the symbols, joined as one <c>--let</c> text.</summary>
    public static string Declarations(IEnumerable<Var> symbols) => string.Join("; ", symbols.Select(Declaration));

    /// <summary>The most specific words: spd and diagonal both imply symmetric, which is then not repeated.</summary>
    public static IReadOnlyList<string> AttributeWords(VarAttributes attributes)
    {
        var words = new List<string>();
        if (attributes.HasFlag(VarAttributes.Diagonal)) words.Add("diagonal");
        if (attributes.HasFlag(VarAttributes.Spd)) words.Add("spd");
        if (words.Count == 0 && attributes.HasFlag(VarAttributes.Symmetric)) words.Add("symmetric");
        if (attributes.HasFlag(VarAttributes.Stochastic)) words.Add("stochastic");
        return words;
    }
}
