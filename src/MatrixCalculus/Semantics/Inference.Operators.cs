using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

// Shape rules of the operators. Each error names both operands with their shapes and points
// at the operator (for juxtaposition, at the start of the right factor).
internal sealed partial class Inference
{
    private Inferred Binary(BinarySyntax syntax)
    {
        var left = Infer(syntax.Left);
        var right = Infer(syntax.Right);
        var operands = new Operands(left, syntax.Left.Span, right, syntax.Right.Span, syntax.OpSpan);
        return syntax.Op switch
        {
            BinaryOp.Add or BinaryOp.Subtract when PrefersScalar(syntax.Right, right, syntax.Left, left) || PrefersScalar(syntax.Left, left, syntax.Right, right) => Scalar,
            BinaryOp.Add => Elementwise(operands, "cannot add {0} and {1}."),
            BinaryOp.Subtract => Elementwise(operands, "cannot subtract {1} from {0}."),
            BinaryOp.Multiply => Product(operands),
            BinaryOp.Divide => Divide(operands),
            BinaryOp.Hadamard => Elementwise(operands, "cannot multiply {0} and {1} elementwise."),
            BinaryOp.HadamardDivide => Elementwise(operands, "cannot divide {0} by {1} elementwise."),
            BinaryOp.Kron => Kron(left, right),
            _ => throw new InvalidOperationException($"unknown operator {syntax.Op}"),
        };
    }

    // A ∘ B for + - .* ./ needs one shape; a scalar on either side broadcasts (s + B = s·1 + B).
    private Inferred Elementwise(Operands o, string format)
    {
        if (IsScalar(o.Left)) return o.Right;
        if (IsScalar(o.Right)) return o.Left;
        if (UnifyShapes(o.Left.Shape, o.Right.Shape))
        {
            RecordVectorUses(o);
            return new(o.Left.Shape, Union(o.Left.Candidates, o.Right.Candidates));
        }
        return DemoteOrFail(o, DiagnosticCode.ShapeMismatch, format);
    }

    // s B = B s is scaling; otherwise (m×n)(n×p) = m×p.
    private Inferred Product(Operands o)
    {
        if (IsScalar(o.Left)) return o.Right;
        if (IsScalar(o.Right)) return o.Left;
        if (Dims.Unify(o.Left.Shape.Cols, o.Right.Shape.Rows))
        {
            RecordVectorUses(o);
            var shape = new ShapeVar(o.Left.Shape.Rows, o.Right.Shape.Cols);
            return new(shape, IsScalar(shape) ? None : Union(o.Left.Candidates, o.Right.Candidates));
        }
        return DemoteOrFail(o, DiagnosticCode.ShapeMismatch, "cannot multiply {0} by {1}.");
    }

    // A / s: only by a scalar.
    private Inferred Divide(Operands o)
    {
        RequireScalar(o.Right, o.At, DiagnosticCode.NotScalar, () =>
            $"cannot divide {Describe(o.LeftSpan, o.Left)} by {Describe(o.RightSpan, o.Right)}: the divisor must be a scalar.");
        return o.Left;
    }

    // (m×n) ⊗ (p×q) = mp×nq; a scalar factor scales.
    private Inferred Kron(Inferred left, Inferred right)
    {
        var shape = new ShapeVar(Dims.Times(left.Shape.Rows, right.Shape.Rows), Dims.Times(left.Shape.Cols, right.Shape.Cols));
        var candidates = IsScalar(left) ? right.Candidates : IsScalar(right) ? left.Candidates : null;
        return new(shape, candidates);
    }

    private bool UnifyShapes(ShapeVar a, ShapeVar b) => Dims.Unify(a.Rows, b.Rows) && Dims.Unify(a.Cols, b.Cols);

    /// <summary>
    /// x'Ax: a chain of products, folded from the left. A number literal 1 next to a non-scalar is
    /// the ones vector where that is a product: after a factor whose columns are not 1 (G'1), or
    /// in front of a row (1b').
    /// </summary>
    private Inferred Juxtapose(JuxtaposeSyntax syntax)
    {
        var factors = syntax.Factors;
        var inferred = new Inferred?[factors.Count];
        Inferred? product = null;
        var productSpan = factors[0].Span;
        for (int i = 0; i < factors.Count; i++)
        {
            var current = IsBareOne(factors[i]) && OnesShape(i) is { } ones
                ? OnesLiteral(factors[i], ones)
                : Factor(i);
            if (product is { } soFar)
            {
                var meet = factors[i].Span with { Length = 1 };
                product = CoefficientOfFunction(soFar, factors[i], current, meet)
                    ?? Product(new Operands(soFar, productSpan, current, factors[i].Span, meet));
                productSpan = productSpan.Union(factors[i].Span);
            }
            else product = current;
        }
        return product!.Value;

        Inferred Factor(int i) => inferred[i] ??= Infer(factors[i]);

        ShapeVar? OnesShape(int i)
        {
            if (product is { } left && !IsScalar(left))
                return Dims.IsOne(left.Shape.Cols) ? null : new ShapeVar(left.Shape.Cols, Dims.One);
            if (i + 1 < factors.Count && Factor(i + 1) is var next && !IsScalar(next) && Dims.IsOne(next.Shape.Rows))
                return new ShapeVar(Dims.Fresh(), Dims.One);
            return null;
        }
    }

    private static bool IsBareOne(SyntaxNode node) => node is NumberSyntax { Value: 1, Subscript: null };

    private Inferred OnesLiteral(SyntaxNode literal, ShapeVar shape)
    {
        var ones = new Inferred(shape, null);
        OnesLiterals.Add(literal);
        Nodes[literal] = ones;
        return ones;
    }
}
