using System.Text;
using System.Text.Json;

namespace MatrixCalculus.Numerics;

/// <summary>
/// The top-level keys of a point's JSON, in order, read before the expression is compiled: each
/// names one symbol even with several letters. Text that is not JSON gives the keys before the
/// fault: reading the point later reports the fault at its spot.
/// </summary>
public static class PointKeys
{
    public static IReadOnlyList<string> Of(string json) => Of(Encoding.UTF8.GetBytes(json));

    public static IReadOnlyList<string> Of(byte[] json)
    {
        var keys = new List<string>();
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions
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
        catch (Exception e) when (e is JsonException or InvalidOperationException or DecoderFallbackException)
        {
            // the point reader reports it, with its position
        }
        return keys;
    }
}
