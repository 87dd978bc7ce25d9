namespace MatrixCalculus.Calculus;

/// <summary>The named rules applied while deriving, in first-use order (for the derivation steps).</summary>
public sealed class RuleLog
{
    private readonly List<string> used = [];

    public void Use(string rule)
    {
        if (!used.Contains(rule)) used.Add(rule);
    }

    public IReadOnlyList<string> Used => used;

    /// <summary>The rules used since a mark, joined for one derivation step.</summary>
    public int Mark() => used.Count;
    public string Since(int mark) => string.Join(", ", used.Skip(mark));
}
