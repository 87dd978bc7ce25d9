using System.Text;

namespace MatrixCalculus.Syntax.Notation;

/// <summary>
/// Builds plain-syntax text piece by piece, remembering for each character the range of the
/// original text it stands for (<see cref="MappedText"/>).
/// </summary>
internal sealed class PlainWriter
{
    private readonly StringBuilder text = new();
    private readonly List<int> starts = [];
    private readonly List<int> ends = [];

    public int Length => text.Length;

    public override string ToString() => text.ToString();

    /// <summary>Writes <paramref name="plain"/>, every character of it standing for original [from, to).</summary>
    public PlainWriter Emit(string plain, int from, int to)
    {
        foreach (var c in plain)
        {
            text.Append(c);
            starts.Add(from);
            ends.Add(to);
        }
        return this;
    }

    /// <summary>Writes what another writer holds, keeping its map.</summary>
    public PlainWriter Append(PlainWriter other)
    {
        text.Append(other.text);
        starts.AddRange(other.starts);
        ends.AddRange(other.ends);
        return this;
    }

    /// <summary>The written text without blanks: what a superscript or subscript says, for classifying it.</summary>
    public string Compact() => string.Concat(text.ToString().Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Whether the text ends with <paramref name="letter"/> standing alone (not the end of a longer name such as <c>AI</c> or <c>I2</c>).</summary>
    public bool EndsWithLone(char letter) =>
        text.Length > 0 && text[^1] == letter && (text.Length == 1 || !char.IsLetterOrDigit(text[^2]));

    /// <summary>Removes the last character, giving where in the original it came from.</summary>
    public (int Start, int End) RemoveLast()
    {
        var origin = (starts[^1], ends[^1]);
        text.Length--;
        starts.RemoveAt(starts.Count - 1);
        ends.RemoveAt(ends.Count - 1);
        return origin;
    }

    /// <summary>A copy without the blanks, each character keeping its origin.</summary>
    public PlainWriter WithoutBlanks()
    {
        var copy = new PlainWriter();
        for (int i = 0; i < text.Length; i++)
            if (!char.IsWhiteSpace(text[i])) copy.Emit(text[i].ToString(), starts[i], ends[i]);
        return copy;
    }

    /// <summary>A copy of what follows the first <paramref name="mark"/> (all of it when there is none), each character keeping its origin.</summary>
    public PlainWriter After(char mark)
    {
        var copy = new PlainWriter();
        int from = text.ToString().IndexOf(mark) + 1;
        for (int i = from; i < text.Length; i++) copy.Emit(text[i].ToString(), starts[i], ends[i]);
        return copy;
    }

    public MappedText ToMapped(string original) => new(original, text.ToString(), [.. starts], [.. ends]);
}
