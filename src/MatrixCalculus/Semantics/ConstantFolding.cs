using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

/// <summary>The value of an exponent written with numbers only (<c>-1</c>, <c>(3/2)</c>, <c>(2*3)</c>).</summary>
internal static class ConstantFolding
{
    public static double? TryValue(SyntaxNode node) => node switch
    {
        NumberSyntax { Subscript: null } n => n.Value,
        ParenSyntax p => TryValue(p.Inner),
        UnarySyntax u => TryValue(u.Operand) is double v ? (u.Negate ? -v : v) : null,
        BinarySyntax b when TryValue(b.Left) is double l && TryValue(b.Right) is double r => b.Op switch
        {
            BinaryOp.Add => l + r,
            BinaryOp.Subtract => l - r,
            BinaryOp.Multiply or BinaryOp.Hadamard or BinaryOp.Kron => l * r,
            BinaryOp.Divide or BinaryOp.HadamardDivide => l / r,
            _ => null,
        },
        JuxtaposeSyntax j => j.Factors.Aggregate((double?)1, (acc, f) => acc is double a && TryValue(f) is double v ? a * v : null),
        _ => null,
    };

    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;
}
