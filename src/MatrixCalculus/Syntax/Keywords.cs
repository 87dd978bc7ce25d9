namespace MatrixCalculus.Syntax;

/// <summary>
/// The reserved words of the expression language: function names (with their aliases and
/// arity) and names that stand for a symbol (spelled-out Greek letters, <c>eye</c>, <c>ones</c>).
/// </summary>
internal static class Keywords
{
    /// <summary>Every spelling of a function, mapped to the one name <see cref="CallSyntax.Function"/> carries.</summary>
    public static readonly IReadOnlyDictionary<string, string> Functions = BuildFunctions();

    /// <summary>
    /// Spelled names of symbols, mapped to the symbol: <c>alpha</c> is <c>α</c>, <c>eye</c> is the
    /// identity <c>I</c>, <c>ones</c> stays <c>ones</c> (the binder reads it as the ones vector).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SpelledNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε",
        ["eta"] = "η", ["theta"] = "θ", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ",
        ["nu"] = "ν", ["xi"] = "ξ", ["rho"] = "ρ", ["tau"] = "τ", ["phi"] = "φ",
        ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["pi"] = "π", ["sigma"] = "σ",
        ["zeta"] = "ζ", ["iota"] = "ι", ["upsilon"] = "υ",
        ["eye"] = "I", ["ones"] = "ones",
    };

    /// <summary>
    /// The symbol a name stands for: a spelled Greek letter with optional digits becomes the
    /// letter (<c>alpha1</c> → <c>α1</c>), <c>eye</c> becomes <c>I</c>; any other name is itself.
    /// The parser reads names this way, so declarations should too.
    /// </summary>
    public static string CanonicalSymbol(string name)
    {
        var letters = name.TrimEnd("0123456789".ToCharArray());
        if (!SpelledNames.TryGetValue(letters, out var symbol)) return name;
        bool takesDigits = symbol.Length == 1;
        return letters.Length == name.Length ? symbol : takesDigits ? symbol + name[letters.Length..] : name;
    }

    /// <summary>
    /// The function names that hold an underscore (<c>softmax_rows</c>): a word stops at `_`
    /// (which starts a subscript), so the tokenizer looks for these first, longest first.
    /// </summary>
    public static readonly IReadOnlyList<string> UnderscoredFunctions =
        BuildFunctions().Keys.Where(name => name.Contains('_')).OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal).ToArray();

    /// <summary>Number of arguments a function takes: <c>kron(A, B)</c> takes two, <c>norm(x)</c> one or two (<c>norm(x, 1)</c>), every other one.</summary>
    public static int Arity(string function) => function is "kron" or "norm" ? 2 : 1;

    /// <summary>A function that may also be written with one argument fewer: <c>norm(x)</c> is <c>norm(x, 2)</c>.</summary>
    public static bool LastArgumentOptional(string function) => function == "norm";

    /// <summary>σ and sigma are the sigmoid where applied to an argument in parentheses, else the letter σ.</summary>
    public static bool IsSigma(string word) => word is "σ" or "sigma";

    /// <summary>"unknown function `foo`", with the known names nearest to it and where the list is.</summary>
    public static string UnknownFunction(string written, string word) =>
        NearestNames.DidYouMean(word, Functions.Keys) is { } near
            ? $"unknown function `{written}`; {near} The functions are listed in grammar/README.md."
            : $"unknown function `{written}`; the functions are listed in grammar/README.md.";

    private static Dictionary<string, string> BuildFunctions()
    {
        string[] canonical =
        [
            "tr", "det", "logdet", "inv", "diag", "sum", "vec", "exp", "log", "sin", "cos", "tan",
            "arcsin", "arccos", "arctan", "tanh", "sqrt", "abs", "sign", "sigmoid", "relu", "softplus",
            "step", "softmax", "logsumexp", "norm1", "norm2", "kron", "vector", "matrix",
            // Batches: each row (or column) of a matrix; log-softmax is log of softmax, written as one name.
            "softmax_rows", "softmax_cols", "logsumexp_rows", "logsumexp_cols",
            "logsoftmax", "logsoftmax_rows", "logsoftmax_cols",
        ];
        var table = canonical.ToDictionary(name => name, name => name, StringComparer.Ordinal);
        // σ and sigma applied to an argument are the logistic function of the course notes
        // (elsewhere the tokenizer reads them as the letter σ).
        table["σ"] = "sigmoid";
        table["sigma"] = "sigmoid";
        // The words the notes and other tools use: ln x, Tr(X), trace(X), ReLU(z), norm(x), norm(x, 1).
        table["ln"] = "log";
        table["Tr"] = "tr";
        table["trace"] = "tr";
        table["ReLU"] = "relu";
        table["norm"] = "norm";
        return table;
    }
}
