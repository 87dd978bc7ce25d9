namespace MatrixCalculus.Tests.Support;

/// <summary>
/// Reads case tables: one case per line, <c>input ⇶ expected</c>; <c>//</c> starts a comment line;
/// blank lines are skipped. The files live in Cases/ and are copied to the output folder.
/// </summary>
public static class AsvCases
{
    public const string Arrow = "⇶";

    public static IEnumerable<object[]> Read(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", fileName);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            var at = line.IndexOf(Arrow, StringComparison.Ordinal);
            if (at < 0) throw new FormatException($"{fileName}: no '{Arrow}' in line: {raw}");
            yield return [line[..at].Trim(), line[(at + Arrow.Length)..].Trim()];
        }
    }
}
