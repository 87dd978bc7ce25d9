using System.Text;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Printing;

/// <summary>
/// Joining the factors of an implicit product so that the tokenizer (Syntax/MatrixTokenizer)
/// splits them back exactly: nothing between them where they cannot run together (x'Ax, W1x,
/// (A + A')x, 2Ax), a space where they would or where a reader would stumble (W_1 x, foo x, 2 e,
/// ||x|| ||y||, V X^-1, x'A dx, m u' rather than "mu'", which reads as μ'), and '*' between two
/// numbers (2*3, 2*1_n) and between a word and a parenthesis (foo*(x + y), not the call foo(…)).
/// </summary>
internal static class TextJuxtaposition
{
    // The tokenizer splits a run of letters into the longest reserved word at each spot, so
    // single-letter factors glued together must not contain one.
    private static readonly string[] ReservedWords = [.. Keywords.Functions.Keys, .. Keywords.SpelledNames.Keys];

    private enum Head { Open, Letter, Word, Digit }

    /// <summary>The factors in order, parenthesized where their level needs it, as one product (1 when empty).</summary>
    /// <param name="factors">the printed factors, left to right</param>
    /// <param name="declaredWords">multi-letter names the tokenizer will read as one word</param>
    /// <param name="insideNorm">whether the product stands inside ||…||, where "||" after a
    /// factor closes the norm: a norm factor after the first is parenthesized there.</param>
    public static Printed Join(IReadOnlyList<Printed> factors, IReadOnlyList<string> declaredWords, bool insideNorm)
    {
        if (factors.Count == 0) return new("1", Precedence.Primary, Tail.Number);
        var forms = factors.Select((f, i) => FactorForm(f, isLast: i == factors.Count - 1)).ToList();
        for (int i = 1; insideNorm && i < forms.Count; i++)
            if (forms[i].Text.StartsWith("||", StringComparison.Ordinal)) forms[i] = forms[i].Parenthesized();
        var separators = new string[forms.Count];
        var text = new StringBuilder(forms[0].Text);
        for (int i = 1; i < forms.Count; i++)
        {
            separators[i] = Separator(text, forms[i - 1].Tail, forms[i], declaredWords);
            text.Append(separators[i]).Append(forms[i].Text);
        }
        SplitWordsBeforeParentheses(forms, separators);

        text.Clear().Append(forms[0].Text);
        for (int i = 1; i < forms.Count; i++) text.Append(separators[i]).Append(forms[i].Text);
        // A '*' binds looser than juxtaposition, so the whole product then sits at that level.
        var level = separators.Contains("*") ? Precedence.Multiplicative : Precedence.Juxtaposition;
        return new(text.ToString(), level, forms[^1].Tail);
    }

    // A factor is a prefix-level term or tighter: 2(x + y), (x/N), (-2); and a prefix call such
    // as log det X only as the last factor, since "log det X Y" would read as log det(X Y).
    private static Printed FactorForm(Printed factor, bool isLast) =>
        factor.Level <= Precedence.Juxtaposition || (factor.Level == Precedence.Prefix && !isLast)
            ? factor.Parenthesized()
            : factor;

    private static string Separator(StringBuilder before, Tail tail, Printed factor, IReadOnlyList<string> declaredWords)
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
            // 2e1 would be a number; 2 e is two factors.
            (Tail.Number, Head.Letter) when next[0] == 'e' => " ",
            (_, Head.Word) => " ",
            (Tail.Closed, Head.Open) when before[^1] == '|' && next.StartsWith('|') => " ",
            (Tail.Letter, Head.Letter) when SpellsWord(before, next, declaredWords) => " ",
            // V X^-1 and A X^2, not VX^-1, which reads as (VX)^-1.
            (Tail.Letter or Tail.Subscript or Tail.Word, _) when factor.Tail == Tail.Exponent => " ",
            _ => "",
        };
    }

    // The tokenizer reads a lower-case word of several letters before '(' as an unknown function
    // (αβ(x + y), ab(c + d)'), and also a word that spells a function in any case (Tr(X)): such a
    // run of glued one-letter names is split before its last name, α β(x + y).
    private static void SplitWordsBeforeParentheses(List<Printed> forms, string[] separators)
    {
        for (int i = 1; i < forms.Count; i++)
        {
            // The tokenizer skips spaces before the '(' too: ββ (k + k)^k is the call ββ(…).
            if (!forms[i].Text.StartsWith('(') || separators[i] == "*") continue;
            int first = i - 1;
            while (first > 0 && separators[first] == "" && forms[first - 1].Tail == Tail.Letter) first--;
            if (forms[i - 1].Tail != Tail.Letter || first == i - 1) continue;
            var word = string.Concat(forms.Skip(first).Take(i - first).Select(f => f.Text));
            var letters = word.Where(char.IsLetter).ToList();
            if (letters.All(char.IsLower) || Keywords.Functions.ContainsKey(word.ToLowerInvariant()))
                separators[i - 1] = " ";
        }
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

    private static bool SpellsWord(StringBuilder before, string next, IReadOnlyList<string> declaredWords)
    {
        int start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1])) start--;
        int end = 0;
        while (end < next.Length && char.IsLetter(next[end])) end++;
        var run = before.ToString(start, before.Length - start) + next[..end];
        return ReservedWords.Concat(declaredWords).Any(word => run.Contains(word, StringComparison.Ordinal));
    }
}
