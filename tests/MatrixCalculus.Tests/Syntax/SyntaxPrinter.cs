using System.Globalization;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Tests.SyntaxTests;

/// <summary>
/// Prints a syntax tree fully parenthesised, so a case table can state precedence exactly
/// (the format is described at the top of Cases/parse.asv). Test-only: the product's printers
/// print terms, not syntax.
/// </summary>
internal static class SyntaxPrinter
{
    public static string Print(SyntaxNode node) => Print(node, bare: true);

    // Compound nodes are wrapped in parentheses unless they stand alone: at the top, or directly
    // inside the brackets of a call, a norm, an inner product or an exponent.
    private static string Print(SyntaxNode node, bool bare) => node switch
    {
        NameSyntax name => name.FullName,
        NumberSyntax number => number.Subscript is null ? number.Text : $"{number.Text}_{number.Subscript}",
        CommutationSyntax k => $"K_{{{k.Rows},{k.Cols}}}",
        ParenSyntax paren => Print(paren.Inner, bare),
        CallSyntax call => $"{call.Function}({string.Join(", ", call.Arguments.Select(a => Print(a, bare: true)))})",
        NormSyntax norm => $"||{Print(norm.Argument, bare: true)}||{(norm.Subscript is null ? "" : "_" + norm.Subscript)}",
        InnerSyntax inner => $"<{Print(inner.Left, bare: true)}, {Print(inner.Right, bare: true)}>",
        PostfixSyntax postfix => Wrap(bare, Postfix(postfix)),
        UnarySyntax unary => Wrap(bare, (unary.Negate ? "-" : "+") + Print(unary.Operand, bare: false)),
        BinarySyntax binary => Wrap(bare, $"{Print(binary.Left, bare: false)} {Operator(binary.Op)} {Print(binary.Right, bare: false)}"),
        JuxtaposeSyntax juxtapose => Wrap(bare, string.Join(" ", juxtapose.Factors.Select(f => Print(f, bare: false)))),
        _ => throw new InvalidOperationException($"SyntaxPrinter does not know {node.GetType().Name}."),
    };

    private static string Postfix(PostfixSyntax postfix)
    {
        var operand = Print(postfix.Operand, bare: false);
        return postfix.Op switch
        {
            PostfixOp.Transpose => operand + "'",
            PostfixOp.Power => $"{operand}^{{{Print(postfix.Exponent!, bare: true)}}}",
            PostfixOp.ElementPower => $"{operand}.^{{{Print(postfix.Exponent!, bare: true)}}}",
            _ => throw new InvalidOperationException(postfix.Op.ToString()),
        };
    }

    private static string Operator(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "-",
        BinaryOp.Multiply => "*",
        BinaryOp.Divide => "/",
        BinaryOp.Hadamard => ".*",
        BinaryOp.HadamardDivide => "./",
        BinaryOp.Kron => "⊗",
        _ => throw new InvalidOperationException(op.ToString()),
    };

    private static string Wrap(bool bare, string text) => bare ? text : $"({text})";

}
