namespace MatrixCalculus.CodeGen;

/// <summary>The few operations a matrix product is printed with, spelled by each language.</summary>
internal interface IProductOps
{
    Fragment Multiply(Fragment left, Fragment right, bool leftIsChain);
    /// <summary>diag(v) M: rows of M scaled.</summary>
    Fragment ScaleRows(Fragment v, Fragment m);
    /// <summary>M diag(v): columns of M scaled.</summary>
    Fragment ScaleColumns(Fragment m, Fragment v);
    /// <summary>u ⊙ v of two diagonals' vectors.</summary>
    Fragment Entrywise(Fragment u, Fragment v);
    /// <summary>A⁻¹B.</summary>
    Fragment Solve(Fragment a, Fragment b);
    /// <summary>M A⁻¹ = (A'⁻¹ M')'.</summary>
    Fragment SolveRight(Fragment m, Fragment a);
    Fragment Inverted(Fragment a);
    Fragment BuiltDiagonal(Fragment v);
    /// <summary>A scalar as a 1×1 matrix, for a product.</summary>
    Fragment AsMatrix(Fragment scalar);
}

/// <summary>
/// A matrix product, left to right, in any language. diag(v) is never built against a neighbour:
/// diag(v) M scales the rows of M and M diag(v) its columns; A⁻¹ X is a solve with A and M A⁻¹ a
/// solve with A'. An inverse is formed only where nothing follows it to solve against
/// (diag(v) A⁻¹ as the last factors), and diag(v) only when the product has nothing else.
/// </summary>
internal static class ProductPrinter
{
    public static Fragment Render(IProductOps ops, Kernel.Product p, IReadOnlyList<Fragment> operands)
    {
        Fragment? product = null, rowScale = null, pendingInverse = null;
        bool chain = false; // product is a plain chain of products, which takes one more factor as it is
        for (int i = 0; i < operands.Count; i++)
        {
            var role = p.Roles[i];
            var operand = p.Factors[i].Shape.IsScalar && role == FactorRole.Plain ? ops.AsMatrix(operands[i]) : operands[i];
            if (role != FactorRole.Plain && pendingInverse is { } a)
            {
                product = ops.Inverted(a);
                pendingInverse = null;
            }
            bool extendsChain = false;
            switch (role)
            {
                case FactorRole.Diagonal when product is null:
                    rowScale = rowScale is null ? operand : ops.Entrywise(rowScale.Value, operand);
                    break;
                case FactorRole.Diagonal:
                    product = ops.ScaleColumns(product.Value, operand);
                    break;
                case FactorRole.Inverse when product is null:
                    pendingInverse = operand;
                    break;
                case FactorRole.Inverse:
                    product = ops.SolveRight(product.Value, operand);
                    break;
                case FactorRole.Plain when pendingInverse is { } inverse:
                    product = ops.Solve(inverse, operand);
                    pendingInverse = null;
                    break;
                case FactorRole.Plain when product is null:
                    product = operand;
                    break;
                default:
                    product = ops.Multiply(product!.Value, operand, chain);
                    extendsChain = true;
                    break;
            }
            chain = extendsChain;
        }
        if (pendingInverse is { } last) product = ops.Inverted(last);
        if (product is null) return ops.BuiltDiagonal(rowScale!.Value);
        return rowScale is { } v ? ops.ScaleRows(v, product.Value) : product.Value;
    }
}
