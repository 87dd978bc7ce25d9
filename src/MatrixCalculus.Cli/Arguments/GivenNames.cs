using MatrixCalculus.Numerics;

namespace MatrixCalculus.Cli.Arguments;

/// <summary>
/// The names a user gave as symbols outside the expression: the variable(s) of <c>--wrt</c> and
/// the keys of the point file. Each is one symbol even with several letters (<c>--wrt bias</c>).
/// </summary>
internal static class GivenNames
{
    /// <summary>The names in <c>--wrt</c> (one, or several separated by commas).</summary>
    public static IEnumerable<string> OfWrt(string? wrt) => WrtNames.Given(wrt);

    /// <summary>The top-level keys of a point file, in order (<see cref="PointKeys"/>); none when the file cannot be read.</summary>
    public static IReadOnlyList<string> OfPoint(string? path)
    {
        if (path is null || !File.Exists(path)) return [];
        try
        {
            return PointKeys.Of(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // reading the point later reports it
        }
    }

    public static IReadOnlyCollection<string> Of(string? wrt, string? pointPath) =>
        OfWrt(wrt).Concat(OfPoint(pointPath)).Distinct(StringComparer.Ordinal).ToList();
}
