using System.Text;
using System.Text.Json;

namespace MatrixCalculus.Cli.Arguments;

/// <summary>
/// The names a user gave as symbols outside the expression: the variable(s) of <c>--wrt</c> and
/// the keys of the point file. Each is one symbol even with several letters (<c>--wrt bias</c>).
/// </summary>
internal static class GivenNames
{
    /// <summary>The names in <c>--wrt</c> (one, or several separated by commas).</summary>
    public static IEnumerable<string> OfWrt(string? wrt) =>
        (wrt ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The top-level keys of a point file, in order. A file that cannot be read or is not JSON
    /// gives the keys before the fault: reading the point later reports the fault at its spot.
    /// </summary>
    public static IReadOnlyList<string> OfPoint(string? path)
    {
        if (path is null || !File.Exists(path)) return [];
        var keys = new List<string>();
        try
        {
            var reader = new Utf8JsonReader(File.ReadAllBytes(path), new JsonReaderOptions
            {
                AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64,
            });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return keys;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                keys.Add(reader.GetString() ?? "");
                if (!reader.Read() || !reader.TrySkip()) break;
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException or DecoderFallbackException)
        {
            // the point reader reports it, with its position
        }
        return keys;
    }

    public static IReadOnlyCollection<string> Of(string? wrt, string? pointPath) =>
        OfWrt(wrt).Concat(OfPoint(pointPath)).Distinct(StringComparer.Ordinal).ToList();
}
