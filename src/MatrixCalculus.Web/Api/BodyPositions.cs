using System.Text;
using System.Text.Json;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Web.Api;

/// <summary>
/// The JSON reader counts bytes of UTF-8; a diagnostic counts characters of the text, so that the
/// caret sits under the right character of a body with σ or ‖ in it.
/// </summary>
internal sealed class BodyPositions(byte[] bytes, string text)
{
    public SourceSpan Between(int startByte, int endByte)
    {
        int start = Encoding.UTF8.GetCharCount(bytes, 0, Math.Clamp(startByte, 0, bytes.Length));
        int end = Encoding.UTF8.GetCharCount(bytes, 0, Math.Clamp(endByte, 0, bytes.Length));
        return SourceSpan.At(text, start, Math.Max(1, end - start));
    }

    /// <summary>The current token of the reader (a string or a field's name with its quotes; a bracket alone).</summary>
    public SourceSpan Token(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        int length = reader.TokenType switch
        {
            JsonTokenType.String or JsonTokenType.PropertyName => reader.ValueSpan.Length + 2,
            JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null => reader.ValueSpan.Length,
            _ => 1,
        };
        return Between(start, start + length);
    }

    /// <summary>Line and byte in the line, both from 0, as a <see cref="JsonException"/> gives them.</summary>
    public SourceSpan At(long line, long byteInLine)
    {
        int offset = 0;
        for (long l = 0; l < line && offset < bytes.Length; offset++)
            if (bytes[offset] == (byte)'\n') l++;
        return Between(offset + (int)byteInLine, offset + (int)byteInLine + 1);
    }
}
