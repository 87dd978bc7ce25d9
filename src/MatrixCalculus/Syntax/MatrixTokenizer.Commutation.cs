namespace MatrixCalculus.Syntax;

/// <summary>
/// <c>K_{m,n}</c> and <c>K_(m,n)</c>: the commutation matrix, read as one token. Only a bare
/// <c>K</c> with two sizes is one: <c>K</c>, <c>K_1</c>, <c>K_m</c> and <c>K_{xy}</c> stay
/// ordinary symbols (a kernel matrix is often called K), and <c>W_{m,n}</c> stays an error.
/// </summary>
internal sealed partial class MatrixTokenizer
{
    private const string SizeExpected = "a size (a symbol or a positive integer)";

    // At `_` after the symbol K: `_(` always means sizes; `_{` when a comma comes before the brace
    // closes (K_{m,n}, and the malformed K_{m,}, K_{,n}, K_{m,n,p}, which deserve a message about
    // sizes rather than a symbol's subscript).
    private bool CommutationSizesFollow()
    {
        if (tokens.Count == 0 || tokens[^1] is not { Kind: MatrixToken.Identifier } k || k.ToStringValue() != "K"
            || pos + 1 >= text.Length)
            return false;
        if (text[pos + 1] == '(') return true;
        if (text[pos + 1] != '{') return false;
        for (int at = pos + 2; at < text.Length; at++)
        {
            char c = text[at];
            if (c == ',') return true;
            if (!(Characters.IsLetter(c) || char.IsAsciiDigit(c) || c is ' ' or '\t')) return false;
        }
        return false;
    }

    // K_{m,n}: replaces the K token with one token over the whole `K_{m,n}`.
    private void CommutationSizes()
    {
        int start = tokens[^1].Position.Absolute;
        char close = text[pos + 1] == '{' ? '}' : ')';
        int at = pos + 2;
        at = SizeAt(at);
        at = SkipBlanks(at);
        if (at >= text.Length || text[at] != ',') throw Unexpected(at, "`,`");
        at = SizeAt(at + 1);
        at = SkipBlanks(at);
        if (at < text.Length && text[at] == ',')
            throw SyntaxErrors.At(text, at, 1, "unexpected `,`: the commutation matrix K_{m,n} takes two sizes.");
        if (at >= text.Length || text[at] != close) throw Unexpected(at, $"`{close}`");
        at++;
        tokens.RemoveAt(tokens.Count - 1);
        Add(MatrixToken.Commutation, start, at - start);
        pos = at;
    }

    // A size: digits, or a letter followed by letters and digits (n, n1, N, 3); blanks around it.
    private int SizeAt(int at)
    {
        at = SkipBlanks(at);
        int end = at;
        if (end < text.Length && char.IsAsciiDigit(text[end])) end = SkipDigits(end);
        else if (end < text.Length && Characters.IsLetter(text[end]))
            while (end < text.Length && (Characters.IsLetter(text[end]) || char.IsAsciiDigit(text[end]))) end++;
        if (end == at) throw Unexpected(at, SizeExpected);
        return end;
    }

    private int SkipBlanks(int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t') at++;
        return at;
    }

    /// <summary>The two sizes of a commutation token's text, <c>K_{m,n}</c>, <c>K_( m , n )</c> or <c>K _{m,n}</c>.</summary>
    public static (string Rows, string Cols) SizesOf(string token)
    {
        var inside = token[(token.IndexOf('_') + 2)..^1].Split(',');
        return (inside[0].Trim(), inside[1].Trim());
    }
}
