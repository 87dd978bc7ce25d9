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
        ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["pi"] = "π", ["sigma"] = "σ",
        ["zeta"] = "ζ", ["iota"] = "ι", ["upsilon"] = "υ",
    };

    /// <summary>Names the declaration language reserves: the identity, ones and every function (σ is a letter that can be declared).</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "I", "eye", "ones", "tr", "det", "logdet", "inv", "diag", "sum", "vec", "exp", "log", "sin",
        "cos", "tan", "arcsin", "arccos", "arctan", "tanh", "sqrt", "abs", "sign", "sigmoid", "relu", "softplus", "step", "softmax", "logsumexp", "norm1", "norm2", "kron",
        "vector", "matrix", "scalar", "softmax_rows", "softmax_cols", "logsumexp_rows", "logsumexp_cols",
        "logsoftmax", "logsoftmax_rows", "logsoftmax_cols",
    };

    [GeneratedRegex(@"^(?<base>[a-z]+)(?<rest>\d*(_.*)?)$")]
    private static partial Regex GreekSpelling();

    // A word the parser would split into letters unless told: two or more letters (and digits),
    // starting with a letter. One letter with digits (x1) is one identifier anyway.
    [GeneratedRegex(@"^\p{L}[\p{L}\d]*\p{L}[\p{L}\d]*$|^\p{L}\d+\p{L}[\p{L}\d]*$")]
    private static partial Regex MultiLetterWord();

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

    /// <summary>
    /// The part of a name before its subscript when the parser must be told it is one word
    /// (<c>bias</c> for <c>bias</c> and <c>bias_1</c>), else null (<c>x1</c>, <c>W_out</c>: the
    /// parser reads <c>W_{out}</c> as W with subscript out by itself).
    /// </summary>
    public static string? MultiLetterWord(string normalizedName)
    {
        int underscore = normalizedName.IndexOf('_');
        var word = underscore < 0 ? normalizedName : normalizedName[..underscore];
        return MultiLetterWord().IsMatch(word) ? word : null;
    }

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
