using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Cli.Output;

/// <summary>Shapes and attributes written the way <c>--let</c> reads them, so a printed line can be pasted back.</summary>
internal static class ShapeText
{
    /// <summary><c>scalar</c>, <c>n</c> (a column), <c>m x n</c> (a matrix or a row <c>1 x n</c>).</summary>
    public static string Of(Shape shape) => ValueLayouts.Of(shape) switch
    {
        ValueLayout.Scalar => "scalar",
        ValueLayout.Vector => shape.Rows.ToString(),
        _ => $"{shape.Rows} x {shape.Cols}",
    };

    /// <summary>The declaration of a symbol: <c>A: n x n symmetric</c>.</summary>
    public static string Declaration(Var symbol) => DeclarationText.Declaration(symbol);

    /// <summary>The most specific words: spd and diagonal both imply symmetric, which is then not repeated.</summary>
    public static IReadOnlyList<string> AttributeWords(VarAttributes attributes) => DeclarationText.AttributeWords(attributes);
}
