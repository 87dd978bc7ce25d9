namespace MatrixCalculus.CodeGen;

/// <summary>
/// A matrix product in Python, left to right. diag(v) is never built against a neighbour:
/// diag(v) M is <c>v * M</c> (v is a column, so it scales rows) and M diag(v) is <c>M * v.T</c>;
/// A⁻¹ X is <c>solve(A, X)</c> and M A⁻¹ is <c>solve(A.T, M.T).T</c>. An inverse is formed only
/// where nothing follows it to solve against (diag(v) A⁻¹ as the last factors).
/// </summary>
internal static class PythonProducts
{
    public static Fragment Render(PythonBackend py, Kernel.Product p, IReadOnlyList<Fragment> operands)
    {
        Fragment? product = null, rowScale = null, pendingInverse = null;
        bool chain = false; // product is `a @ b @ …`, which takes one more factor without parentheses
        for (int i = 0; i < operands.Count; i++)
        {
            var role = p.Roles[i];
            var operand = p.Factors[i].Shape.IsScalar && role == FactorRole.Plain ? py.AsMatrix(operands[i]) : operands[i];
            if (role != FactorRole.Plain && pendingInverse is { } a)
            {
                product = py.Inverted(a);
                pendingInverse = null;
            }
            bool extendsChain = false;
            switch (role)
            {
                case FactorRole.Diagonal when product is null:
                    rowScale = rowScale is null ? operand : Fragment.Operation($"{rowScale.Value.Operand} * {operand.Operand}");
                    break;
                case FactorRole.Diagonal:
                    product = Fragment.Operation($"{product.Value.Operand} * {operand.Operand}.T");
                    break;
                case FactorRole.Inverse when product is null:
                    pendingInverse = operand;
                    break;
                case FactorRole.Inverse:
                    product = Fragment.Atom($"{py.Solve(Fragment.Atom($"{operand.Operand}.T"), Fragment.Atom($"{product.Value.Operand}.T")).Code}.T");
                    break;
                case FactorRole.Plain when pendingInverse is { } inverse:
                    product = py.Solve(inverse, operand);
                    pendingInverse = null;
                    break;
                case FactorRole.Plain when product is null:
                    product = operand;
                    break;
                default:
                    product = Fragment.Operation($"{(chain ? product!.Value.Code : product!.Value.Operand)} @ {operand.Operand}");
                    extendsChain = true;
                    break;
            }
            chain = extendsChain;
        }
        if (pendingInverse is { } last) product = py.Inverted(last);
        if (product is null) return py.BuiltDiagonal(rowScale!.Value);
        return rowScale is { } v ? Fragment.Operation($"{v.Operand} * {product.Value.Operand}") : product.Value;
    }
}
