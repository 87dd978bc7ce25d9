namespace MatrixCalculus.Cli.Tables;

/// <summary>
/// Splits one line of a table file into its <c>|</c>-separated fields. The expression language has
/// no single <c>|</c>: bars only come in pairs, as the norm's <c>||</c>. So in a run of bars an even
/// number are norm bars, and a run of odd length ends with a separator:
/// <c>||x||^2 | x</c>, <c>||x||| x</c> (the norm closes, then the separator) and <c>||x|| | x</c>
/// all split as <c>||x||…</c> and <c>x</c>.
/// </summary>
internal static class TableFields
{
    /// <summary>The positions of the separators in <paramref name="line"/>, left to right.</summary>
    public static IReadOnlyList<int> Separators(string line)
    {
        var separators = new List<int>();
        int i = 0;
        while (i < line.Length)
        {
            if (line[i] != '|') { i++; continue; }
            int run = i;
            while (i < line.Length && line[i] == '|') i++;
            if ((i - run) % 2 == 1) separators.Add(i - 1);
        }
        return separators;
    }

    /// <summary>The fields between the separators, as (start, length) in <paramref name="line"/>, blanks trimmed.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string line)
    {
        var fields = new List<(int, int)>();
        int start = 0;
        foreach (var end in Separators(line).Append(line.Length))
        {
            fields.Add(Trimmed(line, start, end));
            start = end + 1;
        }
        return fields;
    }

    private static (int Start, int Length) Trimmed(string line, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(line[start])) start++;
        while (end > start && char.IsWhiteSpace(line[end - 1])) end--;
        return (start, end - start);
    }
}
