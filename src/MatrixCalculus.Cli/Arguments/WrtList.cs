using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli.Arguments;

/// <summary><c>--wrt w,b</c>: the variables, comma-separated, in the order given.</summary>
internal static class WrtList
{
    /// <summary>The names, trimmed; an empty one (<c>w,,b</c>, a trailing comma) is an error.</summary>
    public static IReadOnlyList<string> Split(string wrt)
    {
        var names = wrt.Split(',').Select(name => name.Trim()).ToList();
        if (names.Count > 1 && names.Any(name => name.Length == 0))
            throw new MatrixCalculusException(Failures.Usage($"--wrt `{wrt}` has an empty name: give the variables separated by single commas, e.g. --wrt w,b."));
        // One name keeps its blanks: the engine reports it as written.
        return names.Count == 1 ? [wrt] : names;
    }
}
