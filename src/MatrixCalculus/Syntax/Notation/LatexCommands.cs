namespace MatrixCalculus.Syntax.Notation;

/// <summary>
/// The LaTeX commands the reader knows, by what they become in the plain syntax. Structural ones
/// (<c>\frac</c>, <c>\sqrt</c>, <c>\left</c>, fonts, <c>\operatorname</c>) are handled by
/// <see cref="LatexReader"/> itself; these are the ones that are a fixed piece of plain text.
/// </summary>
internal static class LatexCommands
{
    /// <summary>Greek letters (and their variant forms) as the letters the plain syntax reads.</summary>
    public static readonly IReadOnlyDictionary<string, string> Greek = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ",
        ["varepsilon"] = "ε", ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ",
        ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ",
        ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ", ["varrho"] = "ρ", ["sigma"] = "σ", ["varsigma"] = "ς",
        ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ",
        ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
    };

    /// <summary>Function commands (<c>\log</c>, <c>\det</c>) as the plain function names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Functions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["log"] = "log", ["ln"] = "log", ["exp"] = "exp", ["det"] = "det", ["sin"] = "sin", ["cos"] = "cos",
        ["tan"] = "tan", ["tanh"] = "tanh", ["arcsin"] = "arcsin", ["arccos"] = "arccos", ["arctan"] = "arctan",
        ["tr"] = "tr", ["Tr"] = "tr", ["trace"] = "tr", ["diag"] = "diag", ["sgn"] = "sign", ["logdet"] = "logdet",
    };

    /// <summary>Operators and spacing: <c>\cdot</c> is <c>*</c>, <c>\odot</c> is <c>⊙</c>, <c>\,</c> is a blank.</summary>
    public static readonly IReadOnlyDictionary<string, string> Pieces = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cdot"] = " * ", ["times"] = " * ", ["ast"] = " * ", ["odot"] = " ⊙ ", ["circ"] = " ⊙ ",
        ["otimes"] = " ⊗ ", ["oslash"] = " ./ ", ["div"] = " / ",
        ["|"] = "||", ["Vert"] = "||", ["lVert"] = "||", ["rVert"] = "||",
        ["langle"] = "⟨", ["rangle"] = "⟩", ["{"] = "(", ["}"] = ")", ["lbrace"] = "(", ["rbrace"] = ")",
        ["lbrack"] = "(", ["rbrack"] = ")",
        [","] = " ", [";"] = " ", [":"] = " ", ["!"] = " ", [" "] = " ", ["\\"] = " ", ["quad"] = " ", ["qquad"] = " ",
        ["enspace"] = " ", ["thinspace"] = " ", ["medspace"] = " ", ["thickspace"] = " ", ["negthinspace"] = " ",
        ["displaystyle"] = " ", ["textstyle"] = " ", ["limits"] = " ", ["nolimits"] = " ",
        ["big"] = " ", ["Big"] = " ", ["bigg"] = " ", ["Bigg"] = " ", ["bigl"] = " ", ["bigr"] = " ",
        ["Bigl"] = " ", ["Bigr"] = " ", ["biggl"] = " ", ["biggr"] = " ", ["Biggl"] = " ", ["Biggr"] = " ",
        ["coloneqq"] = ":=", ["coloneq"] = ":=", ["triangleq"] = ":=", ["equiv"] = "=",
    };

    /// <summary>Commands that mean a transpose in a superscript: <c>x^\top</c>, <c>x^{\intercal}</c>, <c>x^\prime</c>.</summary>
    public static readonly IReadOnlySet<string> Transposes = new HashSet<string>(StringComparer.Ordinal) { "top", "intercal", "prime", "mathsf{T}" };

    /// <summary>Font commands whose argument is a symbol as written: <c>\mathbf{x}</c> is x.</summary>
    public static readonly IReadOnlySet<string> SymbolFonts = new HashSet<string>(StringComparer.Ordinal)
    {
        "mathbf", "boldsymbol", "bm", "mathbfit", "pmb", "mathcal", "mathbb", "vec", "mathnormal",
    };

    /// <summary>Font commands whose argument is a word: a function name, or a name of several letters (<c>\mathrm{bias}</c>).</summary>
    public static readonly IReadOnlySet<string> WordFonts = new HashSet<string>(StringComparer.Ordinal)
    {
        "operatorname", "mathrm", "text", "textrm", "textnormal", "mathit", "textit", "mathsf", "textsf", "mathtt", "texttt",
    };

    /// <summary>Every command name the reader knows, for "did you mean" when it meets another.</summary>
    public static IEnumerable<string> Known =>
        Greek.Keys.Concat(Functions.Keys).Concat(Pieces.Keys.Where(k => k.Length > 1)).Concat(Transposes.Where(t => !t.Contains('{')))
            .Concat(SymbolFonts).Concat(WordFonts)
            .Concat(["frac", "tfrac", "dfrac", "cfrac", "sqrt", "left", "right", "lvert", "rvert"]);
}
