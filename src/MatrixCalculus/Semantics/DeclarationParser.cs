using MatrixCalculus.Terms;
using static MatrixCalculus.Semantics.DeclarationTokenKind;

namespace MatrixCalculus.Semantics;

/// <summary>
/// Recursive descent over the declaration grammar:
/// <code>
/// declarations = [declaration] {";" [declaration]}        (a newline counts as ";")
/// declaration  = name {"," name} ":" (type {attribute} | attribute {attribute})
/// type         = "scalar" | "vector" | "matrix" | size [("x" | "×") size]
/// size         = positive integer | dimension name       ("3x3", "nxm" also read as two sizes)
/// attribute    = "symmetric" | "spd" | "diagonal" | "stochastic" | "simplex"
/// </code>
/// </summary>
internal sealed class DeclarationParser
{
    private readonly string text;
    private readonly List<DeclarationToken> tokens;
    private readonly List<Declaration> declarations = [];
    private int position;

    private DeclarationParser(string text)
    {
        this.text = text;
        tokens = DeclarationScanner.Scan(text);
    }

    public static IReadOnlyList<Declaration> Parse(string text) => new DeclarationParser(text).ParseAll();

    private DeclarationToken Current => tokens[position];

    private IReadOnlyList<Declaration> ParseAll()
    {
        while (true)
        {
            while (Current.Kind == Semicolon) position++;
            if (Current.Kind == End) return declarations;
            ParseDeclaration();
            if (Current.Kind is not (Semicolon or End))
                throw Error($"expected `;` between declarations, found {Describe(Current)}.", Current);
        }
    }

    private void ParseDeclaration()
    {
        var names = new List<DeclarationToken> { ExpectName() };
        while (Current.Kind == Comma)
        {
            position++;
            names.Add(ExpectName());
        }
        if (Current.Kind != Colon)
            throw Error($"expected `:` or `,` after {names[^1].Text}, found {Describe(Current)}.", Current);
        position++;
        var (rows, cols) = ParseType();
        int attributesStart = position;
        var attributes = ParseAttributes();
        // `p: simplex` without a size is a vector (a point of the probability simplex), not a matrix.
        if (rows is null && cols is null && tokens.Skip(attributesStart).Take(position - attributesStart).Any(t => t.Text == "simplex"))
            cols = Dim.One;
        bool square = false;
        // Rows that sum to 1 ask nothing of the shape; the other attributes need a square matrix.
        if ((attributes & ~VarAttributes.Stochastic) != VarAttributes.None)
            square = CheckSquare(names[0], rows, cols, attributes);
        foreach (var name in names) Add(name, rows, cols, square, attributes);
    }

    private DeclarationToken ExpectName()
    {
        var token = Current;
        if (token.Kind != Word || !char.IsLetter(token.Text[0]))
            throw Error($"expected a name, found {Describe(token)}.", token);
        // I_n and the commutation matrix K_{m,n} are built-ins; K, K_m and K_{xy} are ordinary names
        if (SymbolNames.Reserved.Contains(token.Text) || token.Text.StartsWith("I_", StringComparison.Ordinal)
            || token.Text.StartsWith("K_{", StringComparison.Ordinal) && token.Text.Contains(','))
            throw Error($"cannot declare {token.Text}: the name is reserved for {(token.Text is "scalar" or "vector" or "matrix" ? "a type" : "a built-in")}.", token);
        position++;
        return token;
    }

    // A null dimension is a size the binder infers; only the attribute words may follow the type.
    private (Dim? Rows, Dim? Cols) ParseType()
    {
        var token = Current;
        if (token.Kind != Word)
            throw Error($"expected a size, `scalar`, `vector` or `matrix` after `:`, found {Describe(token)}.", token);
        switch (token.Text)
        {
            case "scalar": position++; return (Dim.One, Dim.One);
            case "vector": position++; return (null, Dim.One);
            case "matrix": position++; return (null, null);
        }
        if (AttributeWords.Parse(token.Text) is not null) return (null, null);
        position++;
        if (SplitCompoundSize(token) is { } pair) return pair;
        var rows = ParseSize(token);
        if (Current is { Kind: Times } or { Kind: Word, Text: "x" })
        {
            var times = Current;
            position++;
            if (Current.Kind != Word)
                throw Error($"expected a size after `{times.Text}`, found {Describe(Current)}.", Current);
            var cols = ParseSize(Current);
            position++;
            return (rows, cols);
        }
        return (rows, Dim.One);
    }

    // "3x3" and "nxm" are one word to the scanner but two sizes to the reader.
    private (Dim, Dim)? SplitCompoundSize(DeclarationToken token)
    {
        int at = token.Text.IndexOf('x');
        if (at <= 0 || at == token.Text.Length - 1 || token.Text.IndexOf('x', at + 1) >= 0) return null;
        var left = token with { Text = token.Text[..at] };
        var right = new DeclarationToken(Word, token.Text[(at + 1)..], token.Start + at + 1);
        if (!IsSize(left.Text) || !IsSize(right.Text)) return null;
        return (ParseSize(left), ParseSize(right));
    }

    private static bool IsSize(string word) => word.All(char.IsAsciiDigit) || char.IsAsciiLetter(word[0]);

    private Dim ParseSize(DeclarationToken token)
    {
        if (token.Text.All(char.IsAsciiDigit))
        {
            if (!int.TryParse(token.Text, out int value) || value < 1)
                throw Error($"a size must be a positive integer, found `{token.Text}`.", token);
            return Dim.Of(value);
        }
        if (!char.IsLetter(token.Text[0]) || token.Text == "x")
            throw Error($"expected a size, found {Describe(token)}.", token);
        return Dim.Of(token.Text);
    }

    private VarAttributes ParseAttributes()
    {
        var attributes = VarAttributes.None;
        while (Current.Kind == Word)
        {
            attributes |= AttributeWords.Parse(Current.Text)
                ?? throw Error($"unknown attribute `{Current.Text}`; expected symmetric, spd, diagonal or stochastic.", Current);
            position++;
        }
        return attributes;
    }

    // Symmetry is a property of square matrices: a declared non-square shape is a contradiction.
    private bool CheckSquare(DeclarationToken name, Dim? rows, Dim? cols, VarAttributes attributes)
    {
        if (rows is null && cols is null) return true;
        if (rows == cols && rows is { IsOne: false }) return false;
        var shape = (rows, cols) switch
        {
            ({ IsOne: true }, { IsOne: true }) => "a scalar",
            (null, _) => "a vector",
            _ => $"{rows}×{cols}",
        };
        throw Error($"{AttributeWords.Describe(attributes)} needs a square matrix, but {name.Text} is declared {shape}.", name);
    }

    private void Add(DeclarationToken nameToken, Dim? rows, Dim? cols, bool square, VarAttributes attributes)
    {
        var name = SymbolNames.Normalize(nameToken.Text);
        var span = Syntax.SourceSpan.At(text, nameToken.Start, nameToken.Text.Length);
        var declaration = new Declaration(name, rows, square ? rows : cols, square, attributes, span);
        var earlier = declarations.Find(d => d.Name == name);
        if (earlier is not null)
            throw Error(earlier.SameAs(declaration)
                ? $"duplicate declaration of {nameToken.Text}."
                : $"conflicting declarations of {nameToken.Text}: {earlier.Describe()} and {declaration.Describe()}.", nameToken);
        declarations.Add(declaration);
    }

    private static string Describe(DeclarationToken token) => token.Kind switch
    {
        End => "the end of the declarations",
        Semicolon when token.Text == "\n" => "the end of the line",
        _ => $"`{token.Text}`",
    };

    private Syntax.MatrixCalculusException Error(string message, DeclarationToken at) =>
        DeclarationScanner.Error(text, message, at.Start, at.Text.Length);
}
