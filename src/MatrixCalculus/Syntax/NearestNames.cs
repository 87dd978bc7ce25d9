namespace MatrixCalculus.Syntax;

/// <summary>
/// "Did you mean": the known names closest to a misspelled one, by edit distance (insertions,
/// deletions, substitutions and swaps of neighbours), ignoring case, so that <c>trce</c> finds
/// <c>trace</c> and <c>Softmax</c> finds <c>softmax</c>.
/// </summary>
internal static class NearestNames
{
    /// <summary>Up to three names within distance 2 (1 for names of up to 3 letters), nearest first, then alphabetical.</summary>
    public static IReadOnlyList<string> Of(string word, IEnumerable<string> known)
    {
        int limit = word.Length <= 3 ? 1 : 2;
        return known.Distinct(StringComparer.Ordinal)
            .Select(name => (name, distance: Distance(word.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(c => c.distance <= limit)
            .OrderBy(c => c.distance).ThenBy(c => c.name, StringComparer.Ordinal)
            .Take(3).Select(c => c.name).ToList();
    }

    /// <summary>"did you mean `tr`?" or "did you mean `tr` or `tan`?", or null when nothing is near.</summary>
    public static string? DidYouMean(string word, IEnumerable<string> known, string prefix = "")
    {
        var near = Of(word, known);
        if (near.Count == 0) return null;
        var quoted = near.Select(n => $"`{prefix}{n}`").ToList();
        var list = quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[^1];
        return $"did you mean {list}?";
    }

    // Optimal string alignment distance.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
