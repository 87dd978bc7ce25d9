using System.Text;

namespace MatrixCalculus.Printing;

/// <summary>Variable names in LaTeX: Greek letters as commands, digits and subscripts as subscripts.</summary>
internal static class LatexNames
{
    private static readonly Dictionary<string, string> Greek = new()
    {
        ["α"] = @"\alpha", ["β"] = @"\beta", ["γ"] = @"\gamma", ["δ"] = @"\delta", ["ε"] = @"\varepsilon",
        ["ϵ"] = @"\epsilon", ["ζ"] = @"\zeta", ["η"] = @"\eta", ["θ"] = @"\theta", ["ϑ"] = @"\vartheta",
        ["ι"] = @"\iota", ["κ"] = @"\kappa", ["λ"] = @"\lambda", ["μ"] = @"\mu", ["ν"] = @"\nu",
        ["ξ"] = @"\xi", ["ο"] = "o", ["π"] = @"\pi", ["ϖ"] = @"\varpi", ["ρ"] = @"\rho", ["ϱ"] = @"\varrho",
        ["σ"] = @"\sigma", ["ς"] = @"\varsigma", ["τ"] = @"\tau", ["υ"] = @"\upsilon", ["φ"] = @"\varphi",
        ["ϕ"] = @"\phi", ["χ"] = @"\chi", ["ψ"] = @"\psi", ["ω"] = @"\omega",
        ["Α"] = "A", ["Β"] = "B", ["Γ"] = @"\Gamma", ["Δ"] = @"\Delta", ["Ε"] = "E", ["Ζ"] = "Z",
        ["Η"] = "H", ["Θ"] = @"\Theta", ["Ι"] = "I", ["Κ"] = "K", ["Λ"] = @"\Lambda", ["Μ"] = "M",
        ["Ν"] = "N", ["Ξ"] = @"\Xi", ["Ο"] = "O", ["Π"] = @"\Pi", ["Ρ"] = "P", ["Σ"] = @"\Sigma",
        ["Τ"] = "T", ["Υ"] = @"\Upsilon", ["Φ"] = @"\Phi", ["Χ"] = "X", ["Ψ"] = @"\Psi", ["Ω"] = @"\Omega",
        // Names the parser normalizes to the letter, in case a term was built with the spelling.
        ["alpha"] = @"\alpha", ["beta"] = @"\beta", ["gamma"] = @"\gamma", ["delta"] = @"\delta",
        ["epsilon"] = @"\varepsilon", ["eta"] = @"\eta", ["theta"] = @"\theta", ["kappa"] = @"\kappa",
        ["lambda"] = @"\lambda", ["mu"] = @"\mu", ["nu"] = @"\nu", ["xi"] = @"\xi", ["rho"] = @"\rho",
        ["tau"] = @"\tau", ["phi"] = @"\varphi", ["chi"] = @"\chi", ["psi"] = @"\psi", ["omega"] = @"\omega",
        ["pi"] = @"\pi", ["sigma"] = @"\sigma",
    };

    /// <summary>x, W_2 (from W2 or W_2), W_{ij}, \alpha_1, and \mathit{foo} for a multi-letter name.</summary>
    public static string Identifier(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "?";
        if (Greek.TryGetValue(name, out var spelled)) return spelled;
        if (Identifiers.Split(name) is not { } parts) return @"\mathit{" + Escape(name) + "}";
        var letter = Greek.GetValueOrDefault(parts.Letter, parts.Letter);
        // K2_ij as K_{2,ij} would read back as the commutation matrix K_{m,n}: its digits stay on the letter
        if (letter == "K" && parts is { Digits.Length: > 0, Subscript: { } ks }) return "K" + parts.Digits + Subscript(Letters(ks));
        var sub = (parts.Digits, parts.Subscript) switch
        {
            ("", null) => "",
            (var digits, null) => digits,
            ("", var s) => Letters(s),
            (var digits, var s) => digits + "," + Letters(s),
        };
        return sub.Length == 0 ? letter : letter + Subscript(sub);
    }

    /// <summary>_n, and _{n1} with braces for more than one character.</summary>
    public static string Subscript(string text) => text.Length == 1 ? "_" + text : "_{" + text + "}";

    /// <summary>A dimension as a subscript: n, 3, and a product n·m as nm (n \cdot m1 when a factor is longer).</summary>
    public static string Size(IReadOnlyList<string> factors) =>
        string.Join(factors.All(f => f.Length == 1) ? "" : @" \cdot ", factors.Select(Letters));

    // A Greek letter inside a subscript or a word is its command too: LaTeX rejects raw σ.
    private static string Letters(string text) =>
        string.Concat(text.Select(c => Greek.TryGetValue(c.ToString(), out var command) ? command + " " : c.ToString())).TrimEnd();

    private static string Escape(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
            sb.Append(c switch
            {
                _ when Greek.TryGetValue(c.ToString(), out var command) => command + " ",
                '\\' => @"\backslash{}",
                '{' or '}' or '_' or '#' or '$' or '%' or '&' => "\\" + c,
                '^' => @"\^{}",
                '~' => @"\~{}",
                _ => c.ToString(),
            });
        return sb.ToString();
    }
}
