using System.Text;
using System.Text.Json;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Numerics;

/// <summary>
/// A JSON value with the span of its text, the little that POINT.json needs. JsonDocument keeps
/// no positions, so the tree is read with Utf8JsonReader, whose byte offsets are mapped back to
/// character offsets of the text.
/// </summary>
internal abstract record PointJson(SourceSpan Span)
{
    public sealed record Number(double Value, string Text, SourceSpan Span) : PointJson(Span);
    public sealed record List(IReadOnlyList<PointJson> Items, SourceSpan Span) : PointJson(Span);
    public sealed record Object(IReadOnlyList<Member> Members, SourceSpan Span) : PointJson(Span);
    /// <summary>A string, a boolean or null: never a value of a symbol.</summary>
    public sealed record Other(string What, SourceSpan Span) : PointJson(Span);

    public sealed record Member(string Key, SourceSpan KeySpan, PointJson Value);

    /// <summary>"a number", "a list", … as in "expected a number, but found a list".</summary>
    public string Description => this switch
    {
        Number => "a number",
        List => "a list",
        Object => "an object",
        Other o => o.What,
        _ => throw new InvalidOperationException($"no description for {GetType().Name}."),
    };
}

internal static class PointJsonParser
{
    // Hand-written points may carry comments and trailing commas; both are harmless.
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The tree of <paramref name="text"/>; malformed JSON is a Point diagnostic at the reader's position.</summary>
    public static PointJson Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
            throw PointReader.Error(text, SourceSpan.At(text, 0, 1), "the point is empty: write a JSON object such as {\"x\": [1, 2]}.");
        // Utf8JsonReader does not skip a byte-order mark; a space in its place keeps every offset.
        var clean = text.StartsWith('\uFEFF') ? " " + text[1..] : text;
        var bytes = Encoding.UTF8.GetBytes(clean);
        var offsets = new Offsets(clean);
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            if (!reader.Read()) throw new JsonException("the input contains no JSON value.");
            var value = ReadValue(ref reader, offsets);
            reader.Read(); // throws on anything but trailing whitespace and comments
            return value;
        }
        catch (JsonException e)
        {
            int at = offsets.CharOf(offsets.ByteOfLineStart((int)(e.LineNumber ?? 0)) + (int)(e.BytePositionInLine ?? 0));
            throw PointReader.Error(text, SourceSpan.At(text, at, 1), $"the point is not valid JSON: {Reason(e.Message)}");
        }
    }

    // The reader's recursion is bounded by JsonReaderOptions.MaxDepth (64), so this cannot overflow the stack.
    private static PointJson ReadValue(ref Utf8JsonReader reader, Offsets offsets)
    {
        int start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                var number = Encoding.UTF8.GetString(reader.ValueSpan);
                double value = reader.TryGetDouble(out var parsed) ? parsed : double.NaN;
                return new PointJson.Number(value, number, offsets.Span(start, (int)reader.BytesConsumed));
            case JsonTokenType.String:
                return new PointJson.Other($"the string {JsonSerializer.Serialize(reader.GetString())}", offsets.Span(start, (int)reader.BytesConsumed));
            case JsonTokenType.True or JsonTokenType.False:
                return new PointJson.Other("a boolean", offsets.Span(start, (int)reader.BytesConsumed));
            case JsonTokenType.Null:
                return new PointJson.Other("null", offsets.Span(start, (int)reader.BytesConsumed));
            case JsonTokenType.StartArray:
                var items = new List<PointJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    items.Add(ReadValue(ref reader, offsets));
                return new PointJson.List(items, offsets.Span(start, (int)reader.BytesConsumed));
            case JsonTokenType.StartObject:
                var members = new List<PointJson.Member>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    var keySpan = offsets.Span((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
                    reader.Read();
                    members.Add(new PointJson.Member(key, keySpan, ReadValue(ref reader, offsets)));
                }
                return new PointJson.Object(members, offsets.Span(start, (int)reader.BytesConsumed));
            default:
                throw new InvalidOperationException($"unexpected JSON token {reader.TokenType} at a value.");
        }
    }

    // "'x' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 7." -> "'x' is an invalid start of a value."
    private static string Reason(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (at < 0 ? message : message[..at]).Trim();
        if (reason.Length > 0) reason = char.ToLowerInvariant(reason[0]) + reason[1..];
        return reason.EndsWith('.') ? reason : reason + ".";
    }

    /// <summary>Maps UTF-8 byte offsets of the text to character offsets and spans.</summary>
    private sealed class Offsets
    {
        private readonly string text;
        private readonly int[] charOfByte;

        public Offsets(string text)
        {
            this.text = text;
            var map = new List<int>(text.Length + 1);
            int chars = 0;
            foreach (var rune in text.EnumerateRunes())
            {
                for (int b = 0; b < rune.Utf8SequenceLength; b++) map.Add(chars);
                chars += rune.Utf16SequenceLength;
            }
            map.Add(chars);
            charOfByte = [.. map];
        }

        public int CharOf(int byteOffset) => charOfByte[Math.Clamp(byteOffset, 0, charOfByte.Length - 1)];

        /// <summary>The byte offset where 0-based line <paramref name="line"/> starts (lines end at '\n', as the reader counts them).</summary>
        public int ByteOfLineStart(int line)
        {
            int charIndex = 0;
            for (int seen = 0; seen < line && charIndex < text.Length; charIndex++)
                if (text[charIndex] == '\n') seen++;
            return Encoding.UTF8.GetByteCount(text.AsSpan(0, charIndex));
        }

        public SourceSpan Span(int startByte, int endByte)
        {
            int start = CharOf(startByte);
            return SourceSpan.At(text, start, CharOf(endByte) - start);
        }
    }
}
