namespace MatrixCalculus.Cli.Tests.Fuzz;

/// <summary>A well-formed input to start mutating from: an expression, its declarations and a variable of it.</summary>
public sealed record Seed(string Expression, string? Let, string Wrt);

/// <summary>The raw material of the fuzz tests: well-formed seeds and the fragments mutations insert.</summary>
public static class FuzzCorpus
{
    public static readonly Seed[] Seeds =
    [
        new("x'Ax", null, "x"),
        new("log det X", null, "X"),
        new("||Xw-y||^2", null, "w"),
        new("(1/N)||Xw - y||^2", null, "w"),
        new("<x, Ax> - b'x + c", "c: scalar", "x"),
        new("tr(AXB)", null, "X"),
        new("x'*A*x", null, "x"),
        new("norm2(A*x-y)^2", null, "x"),
        new("tr(A*X'*B*X*C)", null, "X"),
        new("sum(log(exp(-y.*(X*w)) + vector(1)))", null, "w"),
        new("σ(Xw + b)", "b: scalar", "w"),
        new("-<y, log(softmax(t))>", null, "t"),
        new("logsumexp(x)", null, "x"),
        new("kron(A, B)", null, "A"),
        new("x .* sin(x)", null, "x"),
        new("relu(Wx)", null, "x"),
        new("||x||_1 + ||x||", null, "x"),
        new("det(X)^2", null, "X"),
        new("X^-1", null, "X"),
        new("X^3", null, "X"),
        new("tr(X^-1 A)", null, "X"),
        new("x'Sx", "S: n x n spd", "x"),
        new("log det S", "S: n x n spd", "S"),
        new("tr(AX)", "A, X: n x n symmetric", "X"),
        new("α x'x", null, "α"),
        new("exp(alpha) ||x||^2", null, "alpha"),
        new("diag(x) A", null, "x"),
        new("vec(X)'vec(X)", null, "X"),
        new("sqrt(x'x + 1)", null, "x"),
        new("abs(x'x - 1)", null, "x"),
        new("tanh(a'x)", null, "x"),
        new("softplus(w'x)", null, "w"),
        new("x ./ (1 + x .* x)", null, "x"),
        new("x.^2", null, "x"),
        new("1/2 x'Ax", "A: n x n symmetric", "x"),
        new("W_2 σ(W_1 x)", null, "x"),
        new("inv(A + X)", null, "X"),
        new("logdet(X'X)", "X: N x d", "X"),
        new("<G, XW + 1b'>", null, "W"),
        new("G'1", null, "G"),
        new("1'x", null, "x"),
        new("bias + w'x", "bias: scalar", "w"),
        new("step(x)'x", null, "x"),
        new("arctan(x'x)", null, "x"),
        new("||X||_F^2", null, "X"),
        new("x'Ax", "A: 3 x 3; x: 3", "x"),
        new("x'Dx", "D: n x n diagonal", "D"),
        new("c x'x", "c: scalar", "c"),
        // LaTeX and the Unicode of a PDF copy (issue 8)
        new("x^\\top A x", null, "x"),
        new("\\frac{1}{N}\\|Xw - y\\|_2^2", null, "w"),
        new("\\langle S, X\\rangle - \\log\\det X", null, "X"),
        new("\\operatorname{tr}(A X^{-1} B)", null, "X"),
        new("\\left( \\frac{1}{1 + e^{-z}} \\right)^{2}", null, "z"),
        new("\\mathbf{1}^\\top \\operatorname{ReLU}(Xw) + \\sqrt[3]{w^\\top w}", null, "w"),
        new("‖Xw − y‖² + ½ wᵀw", null, "w"),
        new("f(x) = \\|x\\|_2^{3/2}", null, "x"),
        new("1/N ||Wx + bias - y||^2", null, "bias"),
    ];

    /// <summary>What an expression mutation inserts: grammar pieces, numbers at the edges, hostile characters.</summary>
    public static readonly string[] ExpressionFragments =
    [
        "(", ")", "((", "))", "||", "|", "<", ">", "⟨", "⟩", ",", "'", "′", "ᵀ", "^", "^T", "^-1", "^2", "^(1/2)",
        "^k", "^999", "^-65", "^64", "^1e9", "^0.5", ".^", ".^2", "-", "--", "+", "*", "**", "/", "//", ".*", "./",
        "⊙", "⊗", ".", "_", "_{", "}", "{", "[", "]", "log", "log ", "det ", "tr ", "kron(", "kron(x)", "σ", "sum",
        "foo(", "bar ", "Tr", "lg", "I", "eye", "I_n", "ones", "1_n", "1_", "vector(", "matrix(", "vector(1)",
        "0", "1", "2", "1/2", "1e999", "1e-999", "1e308", "99999999999999999999", "1/0", "0/0", "2.5.5", "1e", ".5",
        " ", "\t", "\n", "\r\n", "\0", "\u0007", "\u001b[31m", "\u200F", "\u202E", "\u2066", "\u200B", "\uFEFF",
        "é", "😀", "\uD800", "\uDC00", "x", "A", "X", "α", "alpha", "lambda", "W_2", "bias", "x_{ij}", "∑", "√",
        "∞", "NaN", "Infinity", "$", "@", "#", "\\", "\"", "`", ";", ":", "=", "!", "?", "~", "&",
        "\\frac", "\\frac{1}{2}", "\\frac{", "}{", "\\left(", "\\right)", "\\left\\|", "\\right.", "\\|", "\\top",
        "^\\top", "^{", "^{-1}", "^{\\circ 2}", "_{", "_{2}", "\\sqrt", "\\sqrt[", "\\mathbf{", "\\mathbf{1}_{n \\times m}",
        "\\operatorname{", "\\operatorname{foo}", "\\mathrm{bias}", "\\langle", "\\rangle", "\\lvert", "\\rvert",
        "\\alpha", "\\sigma", "\\foo", "\\,", "\\cdot 10^{-3}", "\\log", "\\det", "\\ln", "‖", "²", "⁻¹", "⁻", "½",
        "·", "∘", "₁", "f(x) =", "L(w) :=", "e^", "ln", "trace(", "norm(", ", 1)",
    ];

    /// <summary>Declarations: well-formed, duplicate, contradictory and broken.</summary>
    public static readonly string[] Lets =
    [
        "A: n x n symmetric; x: n; c: scalar; X: N x d; S: n x n spd",
        "x: 3; A: 3 x 4", "A, B: n x n", "x: vector", "X: matrix", "A: n×n diagonal", "bias: scalar",
        "x: n; x: m", "x: scalar; x: n", "A: n x m symmetric", "A: n x n spd; A: scalar", "x: 0", "x: -3",
        "x: 1e9", "x: 99999999999999999999", "x: n x", ";;;", "x:", ":", "x y: n", "1: n", "x: n; y: n; x: n",
        "S: n x n spd diagonal", "A: symmetric", "x: n x 1; y: 1 x n", "α: n", "A: 2 x 3; x: 3; y: 2",
    ];

    public static readonly string[] LetFragments =
        [":", ";", ",", "x", "×", "symmetric", "spd", "diagonal", "scalar", "vector", "matrix", "n", "N x d", " ", "0", "-1", "\0", "\u202E", "😀"];

    /// <summary>--wrt values that are not a plain symbol of the expression.</summary>
    public static readonly string[] OddWrts =
        ["", " ", "z", "alpha", "α", "W_{2}", "x'", "1", "foo bar", "\u200Fx", "-x", "X ", "dx", "x_1", "σ", "log", "A,B", "\0", "😀", "n"];

    /// <summary>What a POINT.json mutation inserts.</summary>
    public static readonly string[] JsonFragments =
    [
        "[", "]", "{", "}", ",", ":", "\"", "NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1e-999", "null", "true",
        "\"x\"", "[[1,2],[3]]", "[]", "[[]]", "//", "/*", "*/", "\0", "\uFEFF", "0x10", "01", "1.", ".5", "+1", "-",
        new string('9', 400), "\"A\": [[1]]", "\"x\": [1, 2, 3]", "\u202E", "😀", "\\u0000", "\\", " ", "\n",
    ];
}
