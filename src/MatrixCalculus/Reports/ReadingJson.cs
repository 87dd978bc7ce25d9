using System.Text.Json;
using MatrixCalculus.Semantics;

namespace MatrixCalculus.Reports;

/// <summary>
/// How the input was read, beside a result: "shapes", every symbol with the shape declared or
/// inferred for it (<c>{"c": "scalar", "x": "n"}</c>, in order of appearance), and "notes" on
/// runs of letters read as products (only when there are some).
/// </summary>
public static class ReadingJson
{
    public static void Write(Utf8JsonWriter writer, CompiledExpression compiled)
    {
        writer.WriteStartObject("shapes");
        foreach (var symbol in compiled.Symbols) writer.WriteString(symbol.Name, ReadingText.ShapeOf(symbol));
        writer.WriteEndObject();
        WriteNotes(writer, compiled);
    }

    public static void WriteNotes(Utf8JsonWriter writer, CompiledExpression compiled)
    {
        if (compiled.Bound.Notes.Count == 0) return;
        writer.WriteStartArray("notes");
        foreach (var note in compiled.Bound.Notes) writer.WriteStringValue(note.Message);
        writer.WriteEndArray();
    }
}
