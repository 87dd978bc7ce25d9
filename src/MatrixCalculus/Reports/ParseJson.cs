using System.Text.Json;
using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;

namespace MatrixCalculus.Reports;

/// <summary>
/// <c>matcalc parse --format json</c>: the expression as read (canonical text and LaTeX), its
/// shape, and every symbol with the shape and attributes inferred or declared for it.
/// </summary>
public static class ParseJson
{
    /// <summary>The object as one line of JSON.</summary>
    public static string Format(CompiledExpression compiled) => Json.Write(writer => Write(writer, compiled));

    /// <summary>The object, written where the caller is.</summary>
    public static void Write(Utf8JsonWriter writer, CompiledExpression compiled)
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
            foreach (var word in DeclarationText.AttributeWords(symbol.Attributes)) writer.WriteStringValue(word);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("dimensions");
        foreach (var name in compiled.Bound.DimensionNames) writer.WriteStringValue(name);
        writer.WriteEndArray();
        ReadingJson.WriteNotes(writer, compiled);
        writer.WriteEndObject();
    }
}
