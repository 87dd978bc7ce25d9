using MatrixCalculus.Terms;

namespace MatrixCalculus.Semantics;

/// <summary>The attribute words of the declaration language and the flags they set.</summary>
internal static class AttributeWords
{
    public static VarAttributes? Parse(string word) => word switch
    {
        "symmetric" => VarAttributes.Symmetric,
        "spd" => VarAttributes.Spd,
        "diagonal" => VarAttributes.Diagonal,
        // rows sum to 1; `simplex` reads better for a vector (a point of the probability simplex)
        "stochastic" or "simplex" => VarAttributes.Stochastic,
        _ => null,
    };

    // Spd and Diagonal both include the Symmetric bit, so name the strongest words only.
    public static string Describe(VarAttributes attributes)
    {
        var words = new List<string>();
        if ((attributes & (VarAttributes.Spd & ~VarAttributes.Symmetric)) != 0) words.Add("spd");
        if ((attributes & (VarAttributes.Diagonal & ~VarAttributes.Symmetric)) != 0) words.Add("diagonal");
        if (words.Count == 0 && attributes.HasFlag(VarAttributes.Symmetric)) words.Add("symmetric");
        if (attributes.HasFlag(VarAttributes.Stochastic)) words.Add("stochastic");
        return string.Join(" ", words);
    }
}
