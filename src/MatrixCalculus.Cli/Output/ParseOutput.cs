using MatrixCalculus.Cli.Arguments;
using MatrixCalculus.Printing;

namespace MatrixCalculus.Cli.Output;

/// <summary>What <c>matcalc parse</c> prints, in each format.</summary>
internal static class ParseOutput
{
    public static string Format(CompiledExpression compiled, OutputFormat format) => format switch
    {
        OutputFormat.Latex => LatexPrinter.Print(compiled.Expression),
        OutputFormat.Json => ParseJson.Format(compiled),
        _ => AsText(compiled),
    };

    // x'Ax
    // shape: scalar
    // let: A: n x n; x: n
    private static string AsText(CompiledExpression compiled)
    {
        var lines = new List<string>
        {
            TextPrinter.Print(compiled.Expression),
            $"shape: {ShapeText.Of(compiled.Expression.Shape)}",
        };
        if (compiled.Symbols.Count > 0)
            lines.Add("let: " + string.Join("; ", compiled.Symbols.Select(ShapeText.Declaration)));
        lines.AddRange(compiled.Bound.Notes.Select(note => "note: " + note.Message));
        return string.Join('\n', lines);
    }
}
