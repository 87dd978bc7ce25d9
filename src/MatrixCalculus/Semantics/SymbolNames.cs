using System.Text.RegularExpressions;

namespace MatrixCalculus.Semantics;

/// <summary>
/// How symbol names are spelled once normalized, shared by declarations and the binder: Greek
/// letters written out (<c>alpha</c>, <c>lambda_1</c>) become the letter (<c>α</c>, <c>λ_1</c>),
/// and braces around a subscript go (<c>W_{ij}</c> is <c>W_ij</c>), so both spellings are one symbol.
/// </summary>
internal static partial class SymbolNames
{
    private static readonly Dictionary<string, string> Greek = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε",
        ["eta"] = "η", ["theta"] = "θ", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ",
        ["nu"] = "ν", ["xi"] = "ξ", ["rho"] = "ρ", ["tau"] = "τ", ["phi"] = "φ",
        ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["pi"] = "π",
    };

    /// <summary>Names the declaration language reserves: the identity, ones and every function.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "I", "eye", "ones", "tr", "det", "logdet", "inv", "diag", "sum", "vec", "exp", "log", "sin",
        "cos", "tan", "arcsin", "arccos", "arctan", "tanh", "sqrt", "abs", "sign", "sigmoid", "σ",
        "sigma", "relu", "softplus", "step", "softmax", "logsumexp", "norm1", "norm2", "kron",
        "vector", "matrix", "scalar",
    };

    [GeneratedRegex(@"^(?<base>[a-z]+)(?<rest>\d*(_.*)?)$")]
    private static partial Regex GreekSpelling();

    // One letter, optional digits, optional one-letter or numeric subscript: what the parser
    // reads as one identifier without being told.
    [GeneratedRegex(@"^\p{L}\d*(_(\p{L}|\d+))?$")]
    private static partial Regex StandardIdentifier();

    public static string Normalize(string name, string? subscript)
    {
        var baseName = Greek.GetValueOrDefault(name) ?? NormalizeGreekPrefix(name);
        return subscript is null ? baseName : $"{baseName}_{StripBraces(subscript)}";
    }

    public static string Normalize(string fullName)
    {
        int underscore = fullName.IndexOf('_');
        return underscore < 0 ? Normalize(fullName, null) : Normalize(fullName[..underscore], fullName[(underscore + 1)..]);
    }

    public static bool IsMultiLetter(string normalizedName) => !StandardIdentifier().IsMatch(normalizedName);

    public static bool IsGreek(string normalizedName) =>
        normalizedName.Length > 0 && normalizedName[0] is >= '\u0370' and <= '\u03FF';

    public static bool IsUpperLatin(string normalizedName) =>
        normalizedName.Length > 0 && normalizedName[0] is >= 'A' and <= 'Z';

    private static string NormalizeGreekPrefix(string name)
    {
        var match = GreekSpelling().Match(name);
        return match.Success && Greek.TryGetValue(match.Groups["base"].Value, out var letter)
            ? letter + match.Groups["rest"].Value
            : name;
    }

    private static string StripBraces(string subscript) =>
        subscript.Length >= 2 && subscript[0] == '{' && subscript[^1] == '}' ? subscript[1..^1] : subscript;
}
