namespace MatrixCalculus.Calculus;

/// <summary>The named rules the recursive <see cref="Differentiator"/> applied, in first-use order (the derivation's steps name theirs per line).</summary>
public sealed class RuleLog
{
    private readonly List<string> used = [];

    public void Use(string rule)
    {
        if (!used.Contains(rule)) used.Add(rule);
    }

    public IReadOnlyList<string> Used => used;
}
