using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>
/// vec(A)ᵀvec(B) = ⟨A, B⟩ for A and B of one shape: the inner product of the stacked columns is
/// the Frobenius product. What K_{m,n} vec(A) = vec(Aᵀ) leaves behind (vec(X)ᵀK vec(dX) =
/// vec(X)ᵀvec(dXᵀ)) then reads as ⟨X, dXᵀ⟩, which identification turns into a gradient.
/// </summary>
internal static class VecRules
{
    // vec(A)ᵀ vec(B) between neighbouring factors
    public static Expr? InnerOfVecs(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i + 1 < f.Count; i++)
            if (f[i] is Transpose { Arg: Vec u } && f[i + 1] is Vec v && u.Arg.Shape == v.Arg.Shape)
                return Ex.MatMul(f.Take(i).Append(Ex.Inner(u.Arg, v.Arg)).Concat(f.Skip(i + 2)));
        return null;
    }

    // ⟨vec(A), vec(B)⟩ = ⟨A, B⟩
    public static Expr? InnerOfVecs(Inner i) =>
        i is { Left: Vec u, Right: Vec v } && u.Arg.Shape == v.Arg.Shape ? Ex.Inner(u.Arg, v.Arg) : null;
}
