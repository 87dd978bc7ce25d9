using System.Text;

namespace MatrixCalculus.Numerics;

/// <summary>
/// Converts between UTF-8 byte offsets and UTF-16 character offsets of a text by remembering only
/// its non-ASCII characters (an ASCII character is one byte and one char), so that the map of a
/// point file of numbers is nearly empty however large the file. A leading byte-order mark counts
/// as one byte: the reader is given a space in its place.
/// </summary>
internal sealed class NonAsciiMap
{
    private readonly List<int> byteStarts = [];
    private readonly List<int> charStarts = [];
    private readonly List<(int Bytes, int Chars)> sizes = [];

    public NonAsciiMap(string text)
    {
        int bytes = 0;
        for (int i = 0; i < text.Length;)
        {
            if (text[i] < 0x80 || (i == 0 && text[i] == '\uFEFF')) { bytes++; i++; continue; }
            // A lone surrogate decodes to U+FFFD, three bytes, as Encoding.UTF8 writes it.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int chars);
            byteStarts.Add(bytes);
            charStarts.Add(i);
            sizes.Add((rune.Utf8SequenceLength, chars));
            bytes += rune.Utf8SequenceLength;
            i += chars;
        }
    }

    /// <summary>The character where the byte falls (the first character of a multi-byte one).</summary>
    public int CharOf(int byteOffset) => Map(byteStarts, byteOffset, charStarts, true);

    /// <summary>The byte where the character starts.</summary>
    public int ByteOf(int charOffset) => Map(charStarts, charOffset, byteStarts, false);

    // Offsets past the last non-ASCII character before them keep their distance to its end.
    private int Map(List<int> from, int offset, List<int> to, bool fromBytes)
    {
        int found = from.BinarySearch(offset);
        int k = found >= 0 ? found : ~found - 1;
        if (k < 0) return offset;
        var (bytes, chars) = sizes[k];
        int fromEnd = from[k] + (fromBytes ? bytes : chars), toEnd = to[k] + (fromBytes ? chars : bytes);
        return offset < fromEnd ? to[k] : offset - fromEnd + toEnd;
    }
}
