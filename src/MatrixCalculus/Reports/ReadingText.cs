using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Reports;

/// <summary>
/// How the input was read, as text lines under a result: <c>shapes: A: n x n; x: n; c: scalar</c>
/// (declarations as <c>--let</c> reads them, so the line can be pasted back) and one
/// <c>note: …</c> line per run of letters read as a product.
/// </summary>
public static class ReadingText
{
    public static IEnumerable<string> Lines(CompiledExpression compiled)
    {
        if (compiled.Symbols.Count > 0)
            yield return "shapes: " + string.Join("; ", compiled.Symbols.Select(DeclarationText.Declaration));
        foreach (var note in compiled.Bound.Notes) yield return "note: " + note.Message;
    }

    /// <summary>The declaration of one symbol without its name: <c>n x n symmetric</c>, <c>scalar</c>.</summary>
    public static string ShapeOf(Var symbol) => DeclarationText.Declaration(symbol)[(symbol.Name.Length + 2)..];
}
