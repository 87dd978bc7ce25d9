namespace MatrixCalculus.CodeGen.Tests.Support;

public static class Repository
{
    /// <summary>The checkout's root: the first folder above the test binaries holding MatrixCalculus.sln.</summary>
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MatrixCalculus.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no MatrixCalculus.sln above {start}.");
    }

    /// <summary>The rows of an examples/*.mc table: EXPR | wrt | declarations, comments after #.</summary>
    public static IEnumerable<(string Expression, string Wrt, string? Let)> TableRows(string file)
    {
        foreach (var raw in File.ReadLines(file))
        {
            // The language has no '#': everything after one is a comment (as `matcalc table` reads it).
            int hash = raw.IndexOf('#');
            var line = hash < 0 ? raw : raw[..hash];
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = Cli.Tables.TableFields.Split(line).Select(f => line.Substring(f.Start, f.Length).Trim()).ToArray();
            yield return (fields[0], fields[1], fields.Length > 2 && fields[2].Length > 0 ? fields[2] : null);
        }
    }
}
