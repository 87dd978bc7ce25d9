using MatrixCalculus.Cli.Arguments;
using MatrixCalculus.Printing;

namespace MatrixCalculus.Cli.Output;

/// <summary>What <c>matcalc parse</c> prints, in each format.</summary>
internal static class ParseOutput
{
    public static string Format(CompiledExpression compiled, OutputFormat format) => format switch
    {
        OutputFormat.Latex => LatexPrinter.Print(compiled.Expression),
        OutputFormat.Json => AsJson(compiled),
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
        return string.Join('\n', lines);
    }

    private static string AsJson(CompiledExpression compiled) => Json.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("expression", compiled.Source);
        writer.WriteString("canonical", TextPrinter.Print(compiled.Expression));
        writer.WriteString("latex", LatexPrinter.Print(compiled.Expression));
        writer.WritePropertyName("shape");
        Json.Shape(writer, compiled.Expression.Shape);
        writer.WriteStartArray("symbols");
        foreach (var symbol in compiled.Symbols)
        {
            writer.WriteStartObject();
            writer.WriteString("name", symbol.Name);
            writer.WritePropertyName("shape");
            Json.Shape(writer, symbol.Shape);
            writer.WriteStartArray("attributes");
            foreach (var word in ShapeText.AttributeWords(symbol.Attributes)) writer.WriteStringValue(word);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("dimensions");
        foreach (var name in compiled.Bound.DimensionNames) writer.WriteStringValue(name);
        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
