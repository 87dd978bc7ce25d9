using System.Text.RegularExpressions;

namespace MatrixCalculus.Syntax.Notation;

// Superscripts and subscripts: ^\top, ^{-1}, ^{3/2}, ^{\circ 2}, _{2}, _{ij}, _\alpha.
internal sealed partial class LatexReader
{
    // What the plain exponent rule takes without parentheses: -1, 2, 3/2, 0.5, n, α, k2.
    [GeneratedRegex(@"^-?(\d+(\.\d+)?(/\d+)?|\p{L}\d*)$")]
    private static partial Regex SimpleExponent();

    // W_{2,ij}: the printer's subscript for the symbol W2_ij.
    [GeneratedRegex(@"^(?<digits>\d+),(?<rest>[\p{L}\d]+)$")]
    private static partial Regex DigitsAndSubscript();

    private void Superscript(PlainWriter w)
    {
        int caret = pos++;
        SkipBlanks();
        // ^2, ^T, ^-1, ^(3/2): the plain syntax reads what follows a bare caret.
        if (pos >= text.Length || text[pos] is not ('{' or '\\')) { w.Emit("^", caret, caret + 1); return; }
        PlainWriter exponent;
        if (text[pos] == '{') exponent = GroupContent(superscript: true);
        else
        {
            int start = pos;
            exponent = new PlainWriter();
            Command(exponent, CommandName(), start, superscript: true);
        }
        Exponent(w, exponent, caret);
    }

    // ^{\top} and ^{T} transpose, ^{-\top} is the inverse transpose, ^{\circ k} an elementwise
    // power; a simple exponent is written bare, any other in parentheses: ^{n-1} = ^(n-1).
    private void Exponent(PlainWriter w, PlainWriter exponent, int caret)
    {
        var compact = exponent.Compact();
        if (compact is "'" or "T") w.Emit("'", caret, pos);
        else if (compact is "-'" or "-T") w.Emit("'^-1", caret, pos);
        else if (compact.StartsWith('⊙'))
        {
            var power = compact[1..];
            if (SimpleExponent().IsMatch(power)) w.Emit(".^" + power, caret, pos);
            else w.Emit(".^(", caret, caret + 1).Append(exponent.After('⊙')).Emit(")", pos - 1, pos);
        }
        else if (SimpleExponent().IsMatch(compact)) w.Emit("^" + compact, caret, pos);
        else if (compact.Length == 0) throw At(caret, pos - caret, "empty exponent: write one inside the braces, as in `x^{2}`.");
        else w.Emit("^(", caret, caret + 1).Append(exponent).Emit(")", pos - 1, pos);
    }

    private void Subscript(PlainWriter w)
    {
        int under = pos;
        if (w.EndsWithLone('K') && CommutationSubscriptEnd() is int end)
        {
            // K_{m,n}, the commutation matrix: the plain syntax's own spelling, copied character by
            // character so that the plain tokenizer's carets (K_{m,n,p}) land where they belong.
            for (; pos < end; pos++) w.Emit(text[pos].ToString(), pos, pos + 1);
            return;
        }
        var subscript = ReadSubscript();
        if (subscript is null) { w.Emit("_", under, under + 1); return; }
        // I_{nm}, I_{n \cdot m1}: the identity of a product size, which the plain syntax writes kron(I_n, I_m).
        if (w.EndsWithLone('I') && ProductSize(subscript) is { } factors)
        {
            var (start, _) = w.RemoveLast();
            w.Emit(" " + Kron(factors.Select(f => "I_" + Braced(f))) + " ", start, pos);
            return;
        }
        if (DigitsAndSubscript().Match(subscript) is { Success: true } m)
            w.Emit(m.Groups["digits"].Value + "_" + Braced(m.Groups["rest"].Value), under, pos);
        else w.Emit("_" + Braced(subscript), under, pos);
    }

    /// <summary>
    /// At <c>_</c>: the end (after the <c>}</c>) of a subscript <c>_{…}</c> of sizes and commas
    /// with at least one comma, as <c>K_{m,n}</c> writes them; null for any other subscript.
    /// </summary>
    private int? CommutationSubscriptEnd()
    {
        if (pos + 1 >= text.Length || text[pos + 1] != '{') return null;
        bool comma = false;
        for (int at = pos + 2; at < text.Length; at++)
        {
            char c = text[at];
            if (c == '}') return comma ? at + 1 : null;
            comma |= c == ',';
            if (!(c == ',' || c is ' ' or '\t' || Characters.IsLetter(c) || char.IsAsciiDigit(c))) return null;
        }
        return null;
    }

    /// <summary>
    /// The factors of a size written as a product, as the printer writes one: <c>n \cdot m1</c>
    /// (n*m1 here), or single letters side by side, <c>nm</c>; null for one size.
    /// </summary>
    private static string[]? ProductSize(string size)
    {
        if (size.Contains('*')) return size.Split('*');
        return size.Length >= 2 && size.All(char.IsAsciiLetter) ? size.Select(c => c.ToString()).ToArray() : null;
    }

    // kron(a, b), kron(kron(a, b), c): Kronecker products of the factors, left to right.
    private static string Kron(IEnumerable<string> factors) => factors.Aggregate((left, right) => $"kron({left}, {right})");

    /// <summary>
    /// At <c>_</c>: the subscript's plain text without blanks (<c>_{\mathrm{F}}</c> is F,
    /// <c>_n1</c> is n1), leaving pos after it; null when nothing a subscript can be follows,
    /// which the plain tokenizer reports.
    /// </summary>
    private string? ReadSubscript()
    {
        int under = pos++;
        if (pos < text.Length && (char.IsAsciiDigit(text[pos]) || Characters.IsLetter(text[pos])))
        {
            int end = char.IsAsciiDigit(text[pos]) ? pos : pos + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            var bare = text[pos..end];
            pos = end;
            return bare;
        }
        if (pos >= text.Length || text[pos] is not ('{' or '\\')) { pos = under + 1; return null; }
        PlainWriter content;
        bool outer = inSubscript;
        inSubscript = true;
        if (text[pos] == '{') content = GroupContent(superscript: false);
        else
        {
            int start = pos;
            content = new PlainWriter();
            Command(content, CommandName(), start, superscript: false);
        }
        inSubscript = outer;
        var compact = content.Compact();
        if (compact.Length == 0) throw At(under, pos - under, "empty subscript: write one inside the braces, as in `w_{1}`.");
        return compact;
    }
}
