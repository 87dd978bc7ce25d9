using Superpower.Model;

namespace MatrixCalculus.Syntax;

/// <summary>
/// Text to tokens. Written by hand rather than with Superpower's TokenizerBuilder because the
/// word rules need more than an ordered list of recognizers: the declared multi-letter names
/// change per call, Greek names take trailing digits (<c>alpha1</c>), and a lower-case word
/// directly before <c>(</c> must be seen whole to report <c>foo(x)</c> as an unknown function
/// instead of the product f·o·o·(x). The output is an ordinary Superpower token list.
/// Rules, in the order they are tried at each position:
/// <list type="number">
/// <item>whitespace is skipped (a line feed starts a new line);</item>
/// <item>a word (a run of letters and digits starting with a letter) is split, left to right, into
///   the longest reserved word or declared name at that spot, else one letter with its digits;</item>
/// <item>numbers, including the integer fraction <c>1/2</c> written without spaces;</item>
/// <item><c>_</c> subscripts;</item>
/// <item>symbols, multi-character ones (<c>||</c>, <c>.*</c>, <c>./</c>, <c>.^</c>) before their prefixes.</item>
/// </list>
/// </summary>
internal sealed partial class MatrixTokenizer
{
    private readonly string text;
    private readonly (string Word, MatrixToken Kind)[] reserved;
    private readonly List<Token<MatrixToken>> tokens = [];
    private readonly List<Note> notes = [];
    private readonly bool sigmaDeclared;
    private readonly bool latex;
    private int pos;
    private int line = 1;
    private int lineStart;

    private MatrixTokenizer(string text, IReadOnlyCollection<string>? declaredNames, bool latex = false)
    {
        this.latex = latex;
        this.text = text;
        reserved = ReservedWords(declaredNames);
        sigmaDeclared = declaredNames is not null && (declaredNames.Contains("σ") || declaredNames.Contains("sigma"));
    }

    public static TokenList<MatrixToken> Tokenize(string text, IReadOnlyCollection<string>? declaredNames = null) =>
        Tokenize(text, declaredNames, out _);

    /// <summary>The tokens, and a note for every run of three or more letters read as a product of one-letter symbols.</summary>
    /// <param name="text">the expression as typed (or as rewritten from LaTeX).</param>
    /// <param name="declaredNames">names given by --wrt, --let or the point: each is one symbol, however many letters.</param>
    /// <param name="notes">receives the notes on split words.</param>
    /// <param name="latex">
    /// The text was rewritten from LaTeX, where functions are commands (<c>\log</c>,
    /// <c>\operatorname{foo}</c>): a word before <c>(</c> is a product there (<c>kx(y + z)</c>).
    /// </param>
    public static TokenList<MatrixToken> Tokenize(string text, IReadOnlyCollection<string>? declaredNames, out IReadOnlyList<Note> notes, bool latex = false)
    {
        var tokenizer = new MatrixTokenizer(text, declaredNames, latex);
        tokenizer.Run();
        notes = tokenizer.notes;
        return new TokenList<MatrixToken>(tokenizer.tokens.ToArray());
    }

    // Longest first, so that `logdet` beats `log` and `theta` beats `eta`. For the same spelling a
    // spelled name wins (a declared `alpha` is the letter α, as everywhere else), then a declared
    // name beats a function (declaring `tr` makes it a symbol: the user said so).
    private static (string, MatrixToken)[] ReservedWords(IReadOnlyCollection<string>? declaredNames)
    {
        var spelled = Keywords.SpelledNames.Keys.Select(n => (n, MatrixToken.SpelledName));
        var declared = (declaredNames ?? []).Where(IsMultiLetterName).Select(n => (n, MatrixToken.Identifier));
        var functions = Keywords.Functions.Keys.Select(n => (n, MatrixToken.Function));
        return spelled.Concat(declared).Concat(functions)
            .DistinctBy(w => w.n, StringComparer.Ordinal)
            .OrderByDescending(w => w.n.Length)
            .ToArray();
    }

    private static bool IsMultiLetterName(string name) =>
        name.Length >= 2 && Characters.IsLetter(name[0]) && name.All(c => Characters.IsLetter(c) || char.IsAsciiDigit(c));

    private void Run()
    {
        while (pos < text.Length)
        {
            char c = text[pos];
            if (c == '\n') { pos++; line++; lineStart = pos; }
            else if (char.IsWhiteSpace(c)) pos++;
            else if (Characters.IsLetter(c) && UnderscoredFunctionAt(pos) is { } function) { Add(MatrixToken.Function, pos, function.Length); pos += function.Length; }
            else if (Characters.IsLetter(c)) Word();
            else if (char.IsAsciiDigit(c) || c == '.' && pos + 1 < text.Length && char.IsAsciiDigit(text[pos + 1])) Number();
            else if (c == '_') Subscript();
            else Symbol();
        }
    }

    private void Add(MatrixToken kind, int start, int length) =>
        tokens.Add(new Token<MatrixToken>(kind, new TextSpan(text, new Position(start, line, start - lineStart + 1), length)));

    private int SkipDigits(int from)
    {
        while (from < text.Length && char.IsAsciiDigit(text[from])) from++;
        return from;
    }

    private void Word()
    {
        int start = pos, end = pos;
        while (end < text.Length && (Characters.IsLetter(text[end]) || char.IsAsciiDigit(text[end]))) end++;
        int firstToken = tokens.Count;
        while (pos < end)
        {
            if (char.IsAsciiDigit(text[pos])) { int digitsEnd = SkipDigits(pos); Add(MatrixToken.Number, pos, digitsEnd - pos); pos = digitsEnd; }
            else if (LongestReservedAt(pos, end) is var (word, kind) && word is not null)
            {
                int wordEnd = pos + word.Length;
                if (Keywords.IsSigma(word))
                    kind = wordEnd == end && !sigmaDeclared && NextIsParenthesis(end) ? MatrixToken.Function : MatrixToken.SpelledName;
                // A spelled Greek letter is one letter, so it takes digits like `W1`: alpha1 = α1.
                if (kind == MatrixToken.SpelledName && Keywords.SpelledNames.GetValueOrDefault(word, word).Length == 1) wordEnd = SkipDigits(wordEnd);
                Add(kind, pos, wordEnd - pos);
                pos = wordEnd;
            }
            else { int identEnd = SkipDigits(pos + 1); Add(MatrixToken.Identifier, pos, identEnd - pos); pos = identEnd; }
        }
        RejectUnknownFunction(start, end, firstToken);
        NoteSplit(start, end, firstToken);
    }

    private bool NextIsParenthesis(int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        return from < text.Length && text[from] == '(';
    }

    // `bias` with no declaration is b·i·a·s: a surprise for a word. Where three or more letters
    // in a row became one-letter symbols and two of them are lowercase side by side, as in a
    // word, say how the run was read. Products of matrices (`AXB`, `SAx`) are what they look like.
    private void NoteSplit(int start, int end, int firstToken)
    {
        int inARow = 0, most = 0;
        bool lowercasePair = false;
        for (int i = firstToken; i < tokens.Count; i++)
        {
            bool letter = tokens[i].Kind == MatrixToken.Identifier && tokens[i].Span.Length == 1;
            bool lower = letter && char.IsLower(text[tokens[i].Position.Absolute]);
            lowercasePair |= lower && i > firstToken && inARow > 0 && char.IsLower(text[tokens[i - 1].Position.Absolute]);
            inARow = letter ? inARow + 1 : 0;
            most = Math.Max(most, inARow);
        }
        if (most < 3 || !lowercasePair) return;
        var word = text[start..end];
        var reading = string.Join(" ", tokens.Skip(firstToken).Select(t => t.ToStringValue()));
        notes.Add(new Note($"`{word}` is read as the product {reading}; to make it one symbol, declare it (--let \"{word}: …\") or name it with --wrt.",
            SourceSpan.At(text, start, end - start)));
    }

    // softmax_rows(T): the whole name, when nothing that continues a name follows it
    // (softmax_rowsX is softmax with the subscript rows… and fails as it always did).
    private string? UnderscoredFunctionAt(int at)
    {
        foreach (var name in Keywords.UnderscoredFunctions)
        {
            int end = at + name.Length;
            if (end <= text.Length && string.CompareOrdinal(text, at, name, 0, name.Length) == 0
                && (end == text.Length || !(Characters.IsLetter(text[end]) || char.IsAsciiDigit(text[end]) || text[end] == '_')))
                return name;
        }
        return null;
    }

    private (string? Word, MatrixToken Kind) LongestReservedAt(int at, int end)
    {
        foreach (var (word, kind) in reserved)
            if (word.Length <= end - at && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
                return (word, kind);
        return (null, default);
    }

    // `foo(x)` would split into the product f·o·o·(x); a reader means a function call, so a
    // lower-case word of several letters before `(` that does not end in a known function is an
    // unknown function (also `Tr(X)`, a capitalised known function). One-letter names (`x(y + z)`),
    // names with capitals (`Ax(y)`) and single tokens (`alpha(x)`, a declared name) multiply.
    private void RejectUnknownFunction(int start, int end, int firstToken)
    {
        if (latex || tokens.Count - firstToken < 2 || tokens[^1].Kind == MatrixToken.Function) return;
        int next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        if (next >= text.Length || text[next] != '(') return;
        var word = text[start..end];
        bool lowerCase = word.Where(Characters.IsLetter).All(char.IsLower);
        if (lowerCase || Keywords.Functions.ContainsKey(word.ToLowerInvariant()))
            throw SyntaxErrors.At(text, start, end - start, Keywords.UnknownFunction(word, word), DiagnosticCode.UnknownFunction);
    }

    private void Number()
    {
        var literal = NumberLiteral.Scan(text, pos);
        if (NumberLiteral.Problem(literal.Text) is { } problem)
            throw SyntaxErrors.At(text, pos, literal.Text.Length, problem);
        Add(MatrixToken.Number, pos, literal.Text.Length);
        pos += literal.Text.Length;
    }

    // _n, _2, _n1 (one letter with digits, or digits) or _{ij} (letters and digits in braces).
    private void Subscript()
    {
        if (CommutationSizesFollow()) { CommutationSizes(); return; }
        int start = pos, at = pos + 1;
        if (at < text.Length && text[at] == '{')
        {
            int close = at + 1;
            while (close < text.Length && (Characters.IsLetter(text[close]) || char.IsAsciiDigit(text[close]))) close++;
            if (close == at + 1) throw Unexpected(close, "subscript");
            if (close >= text.Length || text[close] != '}') throw Unexpected(close, "`}`");
            at = close + 1;
        }
        else if (at < text.Length && Characters.IsLetter(text[at])) at = SkipDigits(at + 1);
        else if (at < text.Length && char.IsAsciiDigit(text[at])) at = SkipDigits(at);
        else throw SyntaxErrors.At(text, start, 1, "unexpected `_`, expected subscript.");
        Add(MatrixToken.Subscript, start, at - start);
        pos = at;
    }

    private MatrixCalculusException Unexpected(int at, string expected) => at >= text.Length
        ? SyntaxErrors.At(text, text.Length, 0, $"unexpected end of input, expected {expected}.")
        : SyntaxErrors.At(text, at, char.IsSurrogatePair(text, at) ? 2 : 1, $"unexpected {SyntaxErrors.Describe(text, at)}, expected {expected}.");

    private void Symbol()
    {
        char c = text[pos];
        char next = pos + 1 < text.Length ? text[pos + 1] : '\0';
        var (kind, length) = (c, next) switch
        {
            ('|', '|') => (MatrixToken.DoubleBar, 2),
            ('.', '*') => (MatrixToken.DotStar, 2),
            ('.', '/') => (MatrixToken.DotSlash, 2),
            ('.', '^') => (MatrixToken.DotCaret, 2),
            ('+', _) => (MatrixToken.Plus, 1),
            ('-' or '−', _) => (MatrixToken.Minus, 1),
            ('*', _) => (MatrixToken.Star, 1),
            ('/', _) => (MatrixToken.Slash, 1),
            ('^', _) => (MatrixToken.Caret, 1),
            ('\'' or '′' or 'ᵀ', _) => (MatrixToken.Prime, 1),
            ('⊙', _) => (MatrixToken.CircledDot, 1),
            ('⊗', _) => (MatrixToken.CircledTimes, 1),
            ('(', _) => (MatrixToken.LeftParen, 1),
            (')', _) => (MatrixToken.RightParen, 1),
            ('<', _) => (MatrixToken.LessThan, 1),
            ('>', _) => (MatrixToken.GreaterThan, 1),
            ('⟨', _) => (MatrixToken.LeftAngleBracket, 1),
            ('⟩', _) => (MatrixToken.RightAngleBracket, 1),
            (',', _) => (MatrixToken.Comma, 1),
            ('|', _) => throw SyntaxErrors.At(text, pos, 1, "unexpected `|`, expected `||`."),
            _ => throw SyntaxErrors.At(text, pos, char.IsSurrogatePair(text, pos) ? 2 : 1, $"unexpected {SyntaxErrors.Describe(text, pos)}."),
        };
        Add(kind, pos, length);
        pos += length;
    }
}
