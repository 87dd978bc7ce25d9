using System.Buffers;
using System.Text;
using System.Text.Json;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Numerics;

/// <summary>
/// The text of a point file as the JSON reader sees it (UTF-8 bytes, in a pooled buffer) and the
/// way back from the reader's byte offsets to spans of the text. Positions are needed only for an
/// error, so the maps behind them (non-ASCII characters, line starts) are built on the first
/// error, once, and cost nothing when the point is well formed.
/// </summary>
internal sealed class PointText : IDisposable
{
    private const char ByteOrderMark = '\uFEFF';
    private readonly byte[] buffer;
    private NonAsciiMap? nonAscii;
    private LineIndex? lines;

    private PointText(string source, byte[] buffer, int length)
    {
        Source = source;
        this.buffer = buffer;
        Length = length;
    }

    public string Source { get; }
    public int Length { get; }
    public ReadOnlySpan<byte> Bytes => buffer.AsSpan(0, Length);

    /// <summary>The bytes of <paramref name="source"/>; an empty (or blank) point is a Point diagnostic.</summary>
    public static PointText Of(string source)
    {
        if (string.IsNullOrWhiteSpace(source.TrimStart(ByteOrderMark)))
            throw PointReader.Error(source, SourceSpan.At(source, 0, 1), "the point is empty: write a JSON object such as {\"x\": [1, 2]}.");
        // Utf8JsonReader does not skip a byte-order mark; a space in its place keeps every offset.
        var text = source.AsSpan();
        bool bom = source[0] == ByteOrderMark;
        if (bom) text = text[1..];
        int length = Encoding.UTF8.GetByteCount(text) + (bom ? 1 : 0);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        if (bom) buffer[0] = (byte)' ';
        Encoding.UTF8.GetBytes(text, buffer.AsSpan(bom ? 1 : 0));
        return new PointText(source, buffer, length);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

    /// <summary>A Point diagnostic spanning the bytes [<paramref name="startByte"/>, <paramref name="endByte"/>).</summary>
    public MatrixCalculusException Error(int startByte, int endByte, string message)
    {
        int start = CharOf(startByte);
        return PointReader.Error(Source, Lines.Span(start, CharOf(endByte) - start), message);
    }

    /// <summary>Malformed JSON as a Point diagnostic at the spot where the reader stopped.</summary>
    public MatrixCalculusException JsonError(JsonException e)
    {
        int lineStart = NonAscii.ByteOf(Lines.LineStart((int)(e.LineNumber ?? 0)));
        int at = CharOf(lineStart + (int)(e.BytePositionInLine ?? 0));
        return PointReader.Error(Source, Lines.Span(at, 1), $"the point is not valid JSON: {Reason(e.Message)}");
    }

    /// <summary>The first spot where the text is not JSON, read to the end with no values made; null when it is JSON.</summary>
    public MatrixCalculusException? FirstJsonError()
    {
        var scanner = new PointScanner(this);
        try
        {
            scanner.Start();
            scanner.SkipValue();
            scanner.Finish();
            return null;
        }
        catch (JsonException e)
        {
            return JsonError(e);
        }
    }

    private int CharOf(int byteOffset) => NonAscii.CharOf(Math.Clamp(byteOffset, 0, Length));

    private NonAsciiMap NonAscii => nonAscii ??= new NonAsciiMap(Source);
    private LineIndex Lines => lines ??= new LineIndex(Source);

    // "'x' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 7." -> "'x' is an invalid start of a value."
    private static string Reason(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (at < 0 ? message : message[..at]).Trim();
        if (reason.Length > 0) reason = char.ToLowerInvariant(reason[0]) + reason[1..];
        return reason.EndsWith('.') ? reason : reason + ".";
    }
}
