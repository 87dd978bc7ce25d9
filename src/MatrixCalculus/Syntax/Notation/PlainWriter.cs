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

    /// <summary>A copy without the blanks, each character keeping its origin.</summary>
    public PlainWriter WithoutBlanks()
    {
        var copy = new PlainWriter();
        for (int i = 0; i < text.Length; i++)
            if (!char.IsWhiteSpace(text[i])) copy.Emit(text[i].ToString(), starts[i], ends[i]);
        return copy;
    }

    public MappedText ToMapped(string original) => new(original, text.ToString(), [.. starts], [.. ends]);
}
