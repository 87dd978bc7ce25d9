using MatrixCalculus.Terms;

namespace MatrixCalculus.Syntax;

/// <summary>
/// The surface language on one screen. Every node keeps its span (and operator nodes the span
/// of the operator token) so the binder can point at the spot of a shape error.
/// </summary>
public abstract record SyntaxNode(SourceSpan Span);

/// <summary>A symbol as written: <c>x</c>, <c>W_2</c>, <c>α</c>, <c>I_n</c> (Name "I", Subscript "n").</summary>
public sealed record NameSyntax(string Name, string? Subscript, SourceSpan Span) : SyntaxNode(Span)
{
    public string FullName => Subscript is null ? Name : $"{Name}_{Subscript}";
}

/// <summary><c>K_{m,n}</c>: the commutation matrix of an m×n matrix; each size a symbol or an integer, as written.</summary>
public sealed record CommutationSyntax(string Rows, string Cols, SourceSpan Span) : SyntaxNode(Span);

/// <summary>A number literal, including a fraction of integers written <c>1/2</c>; Subscript for <c>1_n</c>.</summary>
public sealed record NumberSyntax(double Value, string Text, string? Subscript, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>tr(AXB)</c>, <c>log det X</c>, <c>kron(A, B)</c>: a function by name with its arguments.</summary>
public sealed record CallSyntax(string Function, Seq<SyntaxNode> Arguments, SourceSpan NameSpan, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>x'</c>, <c>X^T</c> (Transpose); <c>X^-1</c>, <c>x^2</c>, <c>||x||^(3/2)</c> (Power, with Exponent); <c>x.^2</c> (ElementPower).</summary>
public sealed record PostfixSyntax(PostfixOp Op, SyntaxNode Operand, SyntaxNode? Exponent, SourceSpan OpSpan, SourceSpan Span) : SyntaxNode(Span);

public enum PostfixOp { Transpose, Power, ElementPower }

/// <summary>An explicit binary operator.</summary>
public sealed record BinarySyntax(BinaryOp Op, SyntaxNode Left, SyntaxNode Right, SourceSpan OpSpan, SourceSpan Span) : SyntaxNode(Span);

public enum BinaryOp { Add, Subtract, Multiply, Divide, Hadamard, HadamardDivide, Kron }

/// <summary>Unary minus (or plus).</summary>
public sealed record UnarySyntax(bool Negate, SyntaxNode Operand, SourceSpan OpSpan, SourceSpan Span) : SyntaxNode(Span);

/// <summary>Factors written side by side: <c>x'Ax</c> = x' A x.</summary>
public sealed record JuxtaposeSyntax(Seq<SyntaxNode> Factors, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>||x||</c>, <c>||x||_2</c>, <c>||X||_F</c>, <c>||x||_1</c>; Subscript is null, "2", "F" or "1".</summary>
public sealed record NormSyntax(string? Subscript, SyntaxNode Argument, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>&lt;a, b&gt;</c> or <c>⟨a, b⟩</c>.</summary>
public sealed record InnerSyntax(SyntaxNode Left, SyntaxNode Right, SourceSpan Span) : SyntaxNode(Span);

/// <summary>A parenthesised expression, kept so that spans and printing can tell <c>(AB)'</c> from <c>AB'</c>.</summary>
public sealed record ParenSyntax(SyntaxNode Inner, SourceSpan Span) : SyntaxNode(Span);
