using Superpower.Display;

namespace MatrixCalculus.Syntax;

/// <summary>
/// Token kinds. Members describe characters, not meaning (the parser decides meaning), and carry
/// the attributes Superpower uses to word errors: "unexpected operator `*`, expected expression".
/// </summary>
internal enum MatrixToken
{
    [Token(Category = "number", Description = "number")]
    Number,

    /// <summary>One letter with optional digits (<c>x</c>, <c>W1</c>), a Greek letter's name, or a declared name.</summary>
    [Token(Category = "identifier", Description = "identifier")]
    Identifier,

    /// <summary>A spelled-out name of a symbol: <c>alpha</c> (α), <c>alpha1</c>, <c>eye</c> (I), <c>ones</c>.</summary>
    [Token(Category = "identifier", Description = "identifier")]
    SpelledName,

    /// <summary>A function keyword: <c>tr</c>, <c>log</c>, <c>kron</c>, ...</summary>
    [Token(Category = "function", Description = "function")]
    Function,

    /// <summary><c>_n</c>, <c>_2</c>, <c>_{ij}</c>: the text after the underscore is the subscript.</summary>
    [Token(Category = "subscript", Description = "subscript")]
    Subscript,

    /// <summary><c>K_{m,n}</c> or <c>K_(m,n)</c>, the commutation matrix, as one token (its two sizes inside).</summary>
    [Token(Category = "identifier", Description = "commutation matrix")]
    Commutation,

    [Token(Category = "operator", Example = "+")]
    Plus,

    /// <summary><c>-</c> or the typographic minus sign <c>−</c>.</summary>
    [Token(Category = "operator", Example = "-")]
    Minus,

    [Token(Category = "operator", Example = "*")]
    Star,

    [Token(Category = "operator", Example = "/")]
    Slash,

    [Token(Category = "operator", Example = ".*")]
    DotStar,

    [Token(Category = "operator", Example = "⊙")]
    CircledDot,

    [Token(Category = "operator", Example = "./")]
    DotSlash,

    [Token(Category = "operator", Example = "⊗")]
    CircledTimes,

    [Token(Category = "operator", Example = "^")]
    Caret,

    [Token(Category = "operator", Example = ".^")]
    DotCaret,

    /// <summary><c>'</c>, <c>′</c> or <c>ᵀ</c>.</summary>
    [Token(Category = "operator", Example = "'")]
    Prime,

    [Token(Example = "(")]
    LeftParen,

    [Token(Example = ")")]
    RightParen,

    [Token(Example = "||")]
    DoubleBar,

    [Token(Example = "<")]
    LessThan,

    [Token(Example = ">")]
    GreaterThan,

    [Token(Example = "⟨")]
    LeftAngleBracket,

    [Token(Example = "⟩")]
    RightAngleBracket,

    [Token(Example = ",")]
    Comma,
}
