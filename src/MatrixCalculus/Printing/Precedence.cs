namespace MatrixCalculus.Printing;

/// <summary>
/// How tightly a printed form binds, loosest first: the levels of the grammar (CONTEXT, grammar
/// README). An operand printed below the level its operator needs gets parentheses.
/// </summary>
internal enum Precedence
{
    /// <summary>a + b, a - b</summary>
    Sum,
    /// <summary>-a (binds looser than any product: -x'Ax = -(x'Ax))</summary>
    Unary,
    /// <summary>a * b, a/b, a .* b, a ./ b, and LaTeX's ⊙ ⊘ ⊗</summary>
    Multiplicative,
    /// <summary>2Ax: the implicit product, tighter than any explicit operator</summary>
    Juxtaposition,
    /// <summary>log det X: a function applied without parentheses</summary>
    Prefix,
    /// <summary>LaTeX \frac{a}{b}: a factor of a product, but not a base for a superscript</summary>
    Fraction,
    /// <summary>x', X^-1, A^2, x.^2</summary>
    Postfix,
    /// <summary>x, 2, (e), f(e), ||e||, &lt;a, b&gt;</summary>
    Primary,
}

/// <summary>
/// What a printed form ends with, which decides how the next factor of a juxtaposition may follow
/// it without the tokenizer reading the two as one token.
/// </summary>
internal enum Tail
{
    /// <summary>) ' > | }: any token may follow.</summary>
    Closed,
    /// <summary>a name without subscript (x, W1, α): a letter may follow (x'Ax, W1x).</summary>
    Letter,
    /// <summary>an unbraced subscript (W_1, I_n, ||x||_1): a following letter would extend it.</summary>
    Subscript,
    /// <summary>a multi-letter name: a letter would extend it, a parenthesis would make it a call.</summary>
    Word,
    /// <summary>dX: set apart by spaces, as in x'A dx.</summary>
    Differential,
    /// <summary>^2, ^-1, ^k: set apart by a space, so X^-1 V X^-1 cannot read as X^(-1V).</summary>
    Exponent,
    /// <summary>a number: a digit, '.' or 'e' would extend it.</summary>
    Number,
}

/// <summary>A printed subterm with the level it binds at and how it ends.</summary>
internal readonly record struct Printed(string Text, Precedence Level, Tail Tail = Tail.Closed)
{
    public Printed Parenthesized() => new("(" + Text + ")", Precedence.Primary, Tail.Closed);

    /// <summary>This form, parenthesized when it binds looser than <paramref name="level"/>.</summary>
    public Printed AtLeast(Precedence level) => Level >= level ? this : Parenthesized();
}
