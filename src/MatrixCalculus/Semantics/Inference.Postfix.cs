using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

internal sealed partial class Inference
{
    private Inferred Postfix(PostfixSyntax syntax) => syntax.Op switch
    {
        PostfixOp.Transpose => Transpose(syntax),
        PostfixOp.Power => Power(syntax),
        PostfixOp.ElementPower => ElementPower(syntax),
        _ => throw new InvalidOperationException($"unknown postfix operator {syntax.Op}"),
    };

    // (m×n)' = n×m; a transposed literal 1 is always the ones vector (1'x = sum(x)).
    private Inferred Transpose(PostfixSyntax syntax)
    {
        var operand = IsBareOne(syntax.Operand)
            ? OnesLiteral(syntax.Operand, new(Dims.Fresh(), Dims.One))
            : Infer(syntax.Operand);
        return operand with { Shape = operand.Shape.T };
    }

    // s^p for scalars s, p; A^k for a square A and a constant integer k (A^-1 is the inverse).
    private Inferred Power(PostfixSyntax syntax)
    {
        var @base = Infer(syntax.Operand);
        var exponentSyntax = syntax.Exponent ?? throw new InvalidOperationException("power without exponent");
        RequireScalarExponent(Infer(exponentSyntax), syntax);
        if (IsScalar(@base)) return Scalar;
        var k = ConstantFolding.TryValue(exponentSyntax);
        bool square = Dims.Unify(@base.Shape.Rows, @base.Shape.Cols);
        bool integer = k is double value && ConstantFolding.IsInteger(value);
        if (square && integer && Math.Abs(k!.Value) <= Limits.MaxMatrixPower) return @base;
        if (@base.Candidates is { Count: > 0 } names)
        {
            Request(names, syntax.OpSpan);
            return Scalar;
        }
        var described = Describe(syntax.Operand.Span, @base);
        var exponent = Text(exponentSyntax.Span);
        if (!square)
            throw Error(DiagnosticCode.NotSquare, $"cannot raise {described} to a power: it is not square.", syntax.OpSpan);
        if (!integer)
            throw Error(DiagnosticCode.NotScalar,
                $"cannot raise {described} to {exponent}: a matrix power needs a constant integer exponent.", syntax.OpSpan);
        throw Error(DiagnosticCode.InputTooLarge,
            $"cannot raise {described} to {exponent}: matrix powers go from -{Limits.MaxMatrixPower} to {Limits.MaxMatrixPower}.", syntax.OpSpan);
    }

    // A .^ p raises every entry to the scalar p.
    private Inferred ElementPower(PostfixSyntax syntax)
    {
        var @base = Infer(syntax.Operand);
        RequireScalarExponent(Infer(syntax.Exponent ?? throw new InvalidOperationException("power without exponent")), syntax);
        return @base;
    }

    private void RequireScalarExponent(Inferred exponent, PostfixSyntax syntax) =>
        RequireScalar(exponent, syntax.OpSpan, DiagnosticCode.NotScalar,
            () => $"the exponent {Describe(syntax.Exponent!.Span, exponent)} must be a scalar.");
}
