using System.Text;
using System.Text.Json;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Web.Api;

/// <summary>What a field of a request holds.</summary>
internal enum FieldKind { Text, Integer, Boolean, Object }

/// <summary>
/// The fields of a request body: one JSON object whose members an endpoint names in advance, each
/// of one kind. Anything else is an error pointing into the body (source "request"): malformed
/// JSON, another value than an object, an unknown or repeated field, a value of the wrong kind, a
/// missing field. A field given as null is a field not given.
/// </summary>
internal sealed class RequestFields
{
    private readonly Dictionary<string, Field> fields;
    private readonly string body;
    private readonly SourceSpan closingBrace;

    private sealed record Field(object Value, SourceSpan Span);

    private RequestFields(Dictionary<string, Field> fields, string body, SourceSpan closingBrace) =>
        (this.fields, this.body, this.closingBrace) = (fields, body, closingBrace);

    public const string Example = """{"expression": "x'Ax", "wrt": "x"}""";

    /// <summary>Reads <paramref name="bytes"/> as the request of <paramref name="endpoint"/>, whose fields are <paramref name="allowed"/> (in the order the messages list them).</summary>
    public static RequestFields Read(byte[] bytes, string endpoint, IReadOnlyList<(string Name, FieldKind Kind)> allowed)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var positions = new BodyPositions(bytes, text);
        if (text.Trim().Length == 0)
            throw Error($"the request has no body; send a JSON object such as {Example}.", SourceSpan.None, text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
                throw Error($"the request must be a JSON object such as {Example}, not {Describe(reader.TokenType)}.", positions.Token(ref reader), text);
            var fields = new Dictionary<string, Field>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var nameSpan = positions.Token(ref reader);
                var kind = allowed.FirstOrDefault(field => field.Name == name).Kind;
                if (!allowed.Any(field => field.Name == name))
                    throw Error($"unknown field `{name}`; the fields of {endpoint} are {string.Join(", ", allowed.Select(f => f.Name))}.", nameSpan, text);
                if (fields.ContainsKey(name))
                    throw Error($"the field `{name}` is given twice.", nameSpan, text);
                reader.Read();
                var value = ReadValue(ref reader, name, kind, positions, bytes, text);
                if (value is not null) fields[name] = value;
            }
            var closing = positions.Token(ref reader);
            // One object and nothing after it: the reader throws on a second value.
            while (reader.Read()) { }
            return new RequestFields(fields, text, closing);
        }
        catch (JsonException e)
        {
            throw Error($"the request is not valid JSON: {ReaderMessage(e)}", positions.At(e.LineNumber ?? 0, e.BytePositionInLine ?? 0), text);
        }
    }

    private static Field? ReadValue(ref Utf8JsonReader reader, string name, FieldKind kind, BodyPositions positions, byte[] bytes, string text)
    {
        var span = positions.Token(ref reader);
        var token = reader.TokenType;
        if (token == JsonTokenType.Null) return null;
        switch (kind)
        {
            case FieldKind.Text when token == JsonTokenType.String:
                return new Field(reader.GetString()!, span);
            case FieldKind.Boolean when token is JsonTokenType.True or JsonTokenType.False:
                return new Field(reader.GetBoolean(), span);
            case FieldKind.Integer when token == JsonTokenType.Number:
                if (!reader.TryGetInt32(out var number))
                    throw Error($"`{name}` must be a whole number, not {Encoding.UTF8.GetString(reader.ValueSpan)}.", span, text);
                return new Field(number, span);
            case FieldKind.Object when token == JsonTokenType.StartObject:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                return new Field(Encoding.UTF8.GetString(bytes, start, end - start), positions.Between(start, end));
            default:
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
                throw Error($"`{name}` must be {Expected(kind)}, not {Describe(token)}.", span, text);
        }
    }

    /// <summary>The text of a field, or null when it is not given.</summary>
    public string? Text(string name) => fields.TryGetValue(name, out var field) ? (string)field.Value : null;

    /// <summary>The text of a field that must be given.</summary>
    public string RequiredText(string name) => Text(name) ?? throw Missing(name);

    public int? Integer(string name) => fields.TryGetValue(name, out var field) ? (int)field.Value : null;

    public bool Boolean(string name) => fields.TryGetValue(name, out var field) && (bool)field.Value;

    /// <summary>The JSON text of an object field (a point), or null.</summary>
    public string? Object(string name) => Text(name);

    /// <summary>An error about the value of a field, under it in the body.</summary>
    public MatrixCalculusException Invalid(string name, string message) =>
        Error(message, fields.TryGetValue(name, out var field) ? field.Span : closingBrace, body);

    private MatrixCalculusException Missing(string name) =>
        Error($"the field `{name}` is missing; a request looks like {Example}.", closingBrace, body);

    private static MatrixCalculusException Error(string message, SourceSpan span, string body) =>
        new(new Diagnostic(DiagnosticCode.Usage, message, span, body, "request"));

    private static string Expected(FieldKind kind) => kind switch
    {
        FieldKind.Text => "a string",
        FieldKind.Integer => "a number",
        FieldKind.Boolean => "true or false",
        _ => """an object such as {"x": [1, 2]}""",
    };

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };

    // "'}' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 14." without the
    // position, which the error's own line and column give (counted from 1, in characters).
    private static string ReaderMessage(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
