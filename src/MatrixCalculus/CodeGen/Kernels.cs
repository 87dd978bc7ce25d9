using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>How a factor of a matrix product enters the product.</summary>
internal enum FactorRole
{
    /// <summary>Multiplied as it is.</summary>
    Plain,
    /// <summary>diag(v): the operand is v, and the product scales rows or columns by it.</summary>
    Diagonal,
    /// <summary>A⁻¹: the operand is A, and the product solves a system with it.</summary>
    Inverse,
}

/// <summary>
/// The kernel a node is computed with and the operands it reads. Structure the back ends must not
/// lose is decided here, once for every language: a product scales by a diagonal instead of
/// building it (diag(v)M = v ⊙ rows of M), solves instead of inverting (A⁻¹B = solve(A, B)), and
/// a trace of a product of two factors is a sum of entrywise products (tr(AB) = Σ A ⊙ Bᵀ), so
/// no n×n matrix is formed that the result does not need.
/// </summary>
internal abstract record Kernel(IReadOnlyList<Expr> Operands)
{
    /// <summary>Any node computed by its own operation over its children.</summary>
    public sealed record Node(Expr Term) : Kernel(Term.Children());

    /// <summary>F₁ F₂ … Fₖ, each factor with its role.</summary>
    public sealed record Product(IReadOnlyList<FactorRole> Roles, IReadOnlyList<Expr> Factors) : Kernel(Factors);

    /// <summary>tr(AB) = Σᵢⱼ Aᵢⱼ Bⱼᵢ.</summary>
    public sealed record TraceOfProduct(Expr Left, Expr Right) : Kernel([Left, Right]);

    public static Kernel Of(Expr e) => e switch
    {
        MatMul m => ProductOf(m),
        Trace { Arg: MatMul { Factors.Count: 2 } m } when m.Factors.All(f => Role(f, 2) == FactorRole.Plain) =>
            new TraceOfProduct(m.Factors[0], m.Factors[1]),
        _ => new Node(e),
    };

    private static Product ProductOf(MatMul m)
    {
        var roles = m.Factors.Select(f => Role(f, m.Factors.Count)).ToList();
        var operands = m.Factors.Zip(roles, (f, role) => role switch
        {
            FactorRole.Diagonal => ((DiagMatrix)f).Vector,
            FactorRole.Inverse => ((Inverse)f).Arg,
            _ => f,
        }).ToList();
        return new Product(roles, operands);
    }

    // An inverse is solved only against a neighbour; a diagonal is a scaling of one.
    private static FactorRole Role(Expr factor, int count) => factor switch
    {
        DiagMatrix => FactorRole.Diagonal,
        Inverse when count > 1 => FactorRole.Inverse,
        _ => FactorRole.Plain,
    };
}
