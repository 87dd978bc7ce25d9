using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Semantics;

internal sealed partial class TermBuilder
{
    private Expr Binary(BinarySyntax syntax)
    {
        var left = Build(syntax.Left);
        var right = Build(syntax.Right);
        return syntax.Op switch
        {
            BinaryOp.Add => Ex.Add(Broadcasting(left, right)),
            BinaryOp.Subtract => Ex.Add(Broadcasting(left, Ex.Neg(right))),
            // s B is scaling, otherwise a matrix product.
            BinaryOp.Multiply => Product(left, right),
            BinaryOp.Divide => Ex.Divide(left, right),
            // s .* B = s B
            BinaryOp.Hadamard when left.Shape.IsScalar || right.Shape.IsScalar => Product(left, right),
            BinaryOp.Hadamard => Ex.Hadamard(left, right),
            // A ./ s = A / s;  s ./ B = (s·1) ./ B
            BinaryOp.HadamardDivide when right.Shape.IsScalar => Ex.Divide(left, right),
            BinaryOp.HadamardDivide when left.Shape.IsScalar => Ex.HadamardDivide(Broadcast(left, right.Shape), right),
            BinaryOp.HadamardDivide => Ex.HadamardDivide(left, right),
            // s ⊗ B = s B
            BinaryOp.Kron when left.Shape.IsScalar || right.Shape.IsScalar => Product(left, right),
            BinaryOp.Kron => Ex.Kron(left, right),
            _ => throw new InvalidOperationException($"unknown operator {syntax.Op}"),
        };
    }

    // s + B = s·1 + B: the scalar side takes the other side's shape.
    private static Expr[] Broadcasting(Expr left, Expr right) =>
        left.Shape == right.Shape ? [left, right]
        : left.Shape.IsScalar ? [Broadcast(left, right.Shape), right]
        : [left, Broadcast(right, left.Shape)];

    private Expr Postfix(PostfixSyntax syntax)
    {
        var operand = Build(syntax.Operand);
        if (syntax.Op == PostfixOp.Transpose) return Ex.Transpose(operand);
        var exponentSyntax = syntax.Exponent ?? throw new InvalidOperationException("power without exponent");
        var exponent = Build(exponentSyntax);
        // e^x = exp(x)
        if (syntax.Op == PostfixOp.Power && syntax.Operand is NameSyntax name && inference.IsEuler(name)) return Ex.Apply(ElementFunction.Exp, exponent);
        if (syntax.Op == PostfixOp.ElementPower) return Ex.ElementPower(operand, exponent);
        // s^-1 = 1/s
        if (operand.Shape.IsScalar) return exponent is Const { Value: -1 } ? Ex.Inverse(operand) : Ex.Power(operand, exponent);
        int k = (int)ConstantFolding.TryValue(exponentSyntax)!.Value;
        // A^-1 is the inverse; A^-k = (A^-1)^k keeps matrix exponents positive.
        return k switch
        {
            -1 => Ex.Inverse(operand),
            < -1 => Ex.Power(Ex.Inverse(operand), Ex.Num(-k)),
            _ => Ex.Power(operand, Ex.Num(k)),
        };
    }
}
