namespace MatrixCalculus.Semantics;

internal static partial class SymbolNames
{
    /// <summary>
    /// The spelled-out form of a name that starts with a Greek letter (<c>α_1</c> → <c>alpha_1</c>),
    /// else null: generated code accepts a point under either spelling, as point files do.
    /// </summary>
    public static string? Spelled(string normalizedName)
    {
        if (!IsGreek(normalizedName)) return null;
        var word = Greek.FirstOrDefault(pair => pair.Value == normalizedName[..1]).Key;
        return word is null ? null : word + normalizedName[1..];
    }
}
