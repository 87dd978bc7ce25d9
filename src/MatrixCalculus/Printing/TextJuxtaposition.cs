using System.Text;

namespace MatrixCalculus.Printing;

/// <summary>
/// Joining the factors of an implicit product so that the tokenizer splits them back exactly:
/// nothing between them where they cannot run together (x'Ax, W1x, (A + A')x, 2Ax), a space where
/// they would (W_1 x, foo x, 2 e, ||x|| ||y||, and around dX and after an exponent for the
/// reader: X^-1 V X^-1, x'A dx), and '*' between two numbers (2*3, 2*1_n).
/// </summary>
internal static class TextJuxtaposition
{
    // Names the tokenizer reads as one word however they arise: single-letter factors glued
    // together must not spell one (m u' would read as μ').
    private static readonly string[] Keywords =
    [
        "tr", "det", "logdet", "inv", "diag", "sum", "vec", "exp", "log", "sin", "cos", "tan",
        "arcsin", "arccos", "arctan", "tanh", "sqrt", "abs", "sign", "sigmoid", "sigma", "relu",
        "softplus", "step", "softmax", "logsumexp", "norm", "kron", "vector", "matrix", "eye", "ones",
        "alpha", "beta", "gamma", "delta", "epsilon", "eta", "theta", "kappa", "lambda", "mu", "nu",
        "xi", "rho", "tau", "phi", "chi", "psi", "omega", "pi",
    ];

    private enum Head { Open, Letter, Word, Digit }

    /// <summary>The factors in order, parenthesized where their level needs it, as one product (1 when empty).</summary>
    public static Printed Join(IReadOnlyList<Printed> factors)
    {
        if (factors.Count == 0) return new("1", Precedence.Primary, Tail.Number);
        var text = new StringBuilder();
        var starred = false;
        Printed? previous = null;
        for (int i = 0; i < factors.Count; i++)
        {
            var factor = FactorForm(factors[i], isLast: i == factors.Count - 1);
            if (previous is { } left)
            {
                var separator = Separator(text, left.Tail, factor);
                starred |= separator == "*";
                text.Append(separator);
            }
            text.Append(factor.Text);
            previous = factor;
        }
        var tail = previous?.Tail ?? Tail.Closed;
        // A '*' binds looser than juxtaposition, so the whole product then sits at that level.
        return new(text.ToString(), starred ? Precedence.Multiplicative : Precedence.Juxtaposition, tail);
    }

    // A factor is a prefix-level term or tighter: 2(x + y), (x/N), (-2); and a prefix call such
    // as log det X only as the last factor, since "log det X Y" would read as log det(X Y).
    private static Printed FactorForm(Printed factor, bool isLast) =>
        factor.Level <= Precedence.Juxtaposition || (factor.Level == Precedence.Prefix && !isLast)
            ? factor.Parenthesized()
            : factor;

    private static string Separator(StringBuilder before, Tail tail, Printed factor)
    {
        var next = factor.Text;
        var head = HeadOf(next);
        return (tail, head) switch
        {
            (Tail.Number, Head.Digit) => "*",
            (Tail.Closed, Head.Digit) => "",
            (_, Head.Digit) => " ",
            (Tail.Exponent or Tail.Differential, _) => " ",
            (Tail.Subscript, Head.Letter or Head.Word) => " ",
            (Tail.Word, Head.Open) when next.StartsWith('(') => "*",
            (Tail.Word, Head.Letter or Head.Word) => " ",
            (Tail.Number, Head.Letter) when next[0] is 'e' or 'E' => " ",
            (_, Head.Word) => " ",
            (Tail.Closed, Head.Open) when before[^1] == '|' && next.StartsWith('|') => " ",
            (Tail.Letter, Head.Letter) when SpellsKeyword(before, next) => " ",
            // V X^-1 and A X^2, not VX^-1, which reads as (VX)^-1.
            (Tail.Letter or Tail.Subscript or Tail.Word, _) when factor.Tail == Tail.Exponent => " ",
            _ => "",
        };
    }

    // A word: a function name (exp(x), tr(A), log det X), a multi-letter name, or a differential
    // (dX, d(AB)), which reads better set apart.
    private static Head HeadOf(string next)
    {
        if (next.Length == 0) return Head.Open;
        if (char.IsAsciiDigit(next[0]) || next[0] == '.') return Head.Digit;
        if (!char.IsLetter(next[0])) return Head.Open;
        if (next.StartsWith("d(", StringComparison.Ordinal)) return Head.Word;
        return next.Length > 1 && char.IsLetter(next[1]) ? Head.Word : Head.Letter;
    }

    private static bool SpellsKeyword(StringBuilder before, string next)
    {
        int start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1])) start--;
        int end = 0;
        while (end < next.Length && char.IsLetter(next[end])) end++;
        var run = before.ToString(start, before.Length - start) + next[..end];
        return Keywords.Any(k => run.Contains(k, StringComparison.Ordinal));
    }
}
