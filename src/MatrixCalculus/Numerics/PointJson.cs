using System.Buffers;
using System.Text;
using System.Text.Json;

namespace MatrixCalculus.Numerics;

/// <summary>
/// A forward-only walk over the tokens of a point file (<see cref="Utf8JsonReader"/>), with the
/// little that POINT.json needs: where a token starts and ends (byte offsets, turned into spans
/// only for an error), its number, its description for a message, and skipping what is not read.
/// Values are read straight into matrices, never held as a tree, so reading is linear in the text.
/// Malformed JSON surfaces as <see cref="JsonException"/>, which <see cref="PointText.JsonError"/> turns
/// into the diagnostic.
/// </summary>
internal ref struct PointScanner(PointText text)
{
    // Hand-written points may carry comments and trailing commas; both are harmless. The reader's
    // depth limit (64) bounds every walk.
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private Utf8JsonReader reader = new(text.Bytes, Options);

    public readonly PointText Text => text;
    public readonly JsonTokenType Token => reader.TokenType;
    public readonly int TokenStart => (int)reader.TokenStartIndex;
    /// <summary>Where the current token ends; after a container's end token, where the container ends.</summary>
    public readonly int TokenEnd => (int)reader.BytesConsumed;

    /// <summary>Moves to the first token of the document.</summary>
    public void Start()
    {
        if (!reader.Read()) throw new JsonException("the input contains no JSON value.");
    }

    /// <summary>Moves to the next token (inside an array or object the reader never runs out: it throws first).</summary>
    public void Next() => reader.Read();

    /// <summary>Checks that nothing but whitespace and comments follows the document's value.</summary>
    public void Finish() => reader.Read();

    /// <summary>Moves to the last token of the current value (an array's or object's closing bracket) and returns where it ends.</summary>
    public int SkipValue()
    {
        reader.Skip();
        return TokenEnd;
    }

    /// <summary>From an item of an array, moves to the array's closing bracket and returns where the array ends.</summary>
    public int SkipRestOfList()
    {
        while (Token != JsonTokenType.EndArray)
        {
            SkipValue();
            Next();
        }
        return TokenEnd;
    }

    /// <summary>The number at a number token; NaN when it does not fit a double (1e400), which the caller reports as not finite.</summary>
    public readonly double Number => reader.TryGetDouble(out var value) ? value : double.NaN;
    public readonly string NumberText => Encoding.UTF8.GetString(reader.ValueSpan);
    public readonly string Key => reader.GetString()!;

    /// <summary>"a number", "a list", … as in "expected a number, but found a list".</summary>
    public readonly string Description => Token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => $"the string {Quoted(reader.GetString()!)}",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => throw new InvalidOperationException($"unexpected JSON token {Token} at a value."),
    };

    // The string as JSON writes it (escaped as JsonSerializer does), without reflection.
    private static string Quoted(string value)
    {
        var written = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(written)) writer.WriteStringValue(value);
        return Encoding.UTF8.GetString(written.WrittenSpan);
    }
}
