using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>Transposes pushed down to the leaves, so equal terms look equal and factor.</summary>
internal static class TransposeRules
{
    public static Expr? Push(Transpose t) => t.Arg switch
    {
        // (A B)ᵀ = Bᵀ Aᵀ
        MatMul m => Ex.MatMul(m.Factors.Reverse().Select(Ex.Transpose)),
        // (A + B)ᵀ = Aᵀ + Bᵀ
        Add a => Ex.Add(a.Terms.Select(Ex.Transpose)),
        // (A ⊙ B)ᵀ = Aᵀ ⊙ Bᵀ
        Hadamard h => Ex.Hadamard(Ex.Transpose(h.Left), Ex.Transpose(h.Right)),
        // (A ./ B)ᵀ = Aᵀ ./ Bᵀ
        HadamardDivide h => Ex.HadamardDivide(Ex.Transpose(h.Left), Ex.Transpose(h.Right)),
        // (A⁻¹)ᵀ = (Aᵀ)⁻¹
        Inverse i => Ex.Inverse(Ex.Transpose(i.Arg)),
        // diag(v)ᵀ = diag(v)
        DiagMatrix d => d,
        // (A / s)ᵀ = Aᵀ / s
        Divide d => Ex.Divide(Ex.Transpose(d.Numerator), d.Denominator),
        // f(A)ᵀ = f(Aᵀ) for entrywise f
        Apply a => Ex.Apply(a.Function, Ex.Transpose(a.Arg)),
        // (A .^ p)ᵀ = Aᵀ .^ p
        ElementPower p => Ex.ElementPower(Ex.Transpose(p.Base), p.Exponent),
        // (A ⊗ B)ᵀ = Aᵀ ⊗ Bᵀ
        Kron k => Ex.Kron(Ex.Transpose(k.Left), Ex.Transpose(k.Right)),
        // (Aᵏ)ᵀ = (Aᵀ)ᵏ
        Power p => Ex.Power(Ex.Transpose(p.Base), p.Exponent),
        _ => null,
    };
}
