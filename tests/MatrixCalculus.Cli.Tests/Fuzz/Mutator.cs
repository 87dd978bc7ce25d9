using System.Text;

namespace MatrixCalculus.Cli.Tests.Fuzz;

/// <summary>
/// Seeded text mutations: insert a fragment, delete, duplicate, swap or truncate a piece, or
/// blow the text up (deep nesting, long chains, over the length limit). Mostly small edits, so that
/// most mutants stay close to the grammar and reach the later stages.
/// </summary>
public sealed class Mutator(Random random)
{
    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(double p) => random.NextDouble() < p;

    /// <summary>One to three small edits, now and then a large one.</summary>
    public string Mutate(string text, IReadOnlyList<string> fragments)
    {
        if (Chance(0.04)) return Blowup(text);
        int edits = 1 + random.Next(3);
        for (int i = 0; i < edits; i++) text = Edit(text, fragments);
        return text;
    }

    private string Edit(string text, IReadOnlyList<string> fragments)
    {
        if (text.Length == 0) return Pick(fragments);
        int at = random.Next(text.Length);
        int length = 1 + random.Next(Math.Min(8, text.Length - at));
        return random.Next(7) switch
        {
            0 or 1 => text.Insert(random.Next(text.Length + 1), Pick(fragments)),
            2 => text.Remove(at, length),
            3 => text.Insert(at, text.Substring(at, length)),
            4 when at + 1 < text.Length => $"{text[..at]}{text[at + 1]}{text[at]}{text[(at + 2)..]}",
            5 => text[..at],
            _ => text.Remove(at, length).Insert(at, Pick(fragments)),
        };
    }

    /// <summary>Sizes at and around the limits: nesting 199 to 100,000 deep, hundreds of terms, past the length limit.</summary>
    private string Blowup(string text)
    {
        int[] depths = [50, 199, 200, 201, 1000, 100_000];
        int depth = Pick(depths);
        return random.Next(6) switch
        {
            0 => Repeat("(", depth) + text + Repeat(")", depth),
            1 => Repeat("log ", depth) + text,
            2 => Repeat("-", depth) + text,
            3 => string.Join(Pick([" + ", " * ", " .* ", ""]), Enumerable.Repeat(text, 2 + random.Next(300))),
            4 => Repeat("(", depth) + text,
            _ => new StringBuilder(Limits.MaxInputLength + 2).Insert(0, "x + ", Limits.MaxInputLength / 4 + 1).Append('x').ToString(),
        };
    }

    private static string Repeat(string piece, int count) => new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();
}
