using MatrixCalculus.Rewriting;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Calculus;

/// <summary>Reading a derivative off a differential df that is linear in dX.</summary>
internal static class Identification
{
    /// <summary>df = ⟨G, dX⟩ ⇒ ∇f = G, for scalar f.</summary>
    /// <param name="df">the differential, linear in d<paramref name="wrt"/>.</param>
    /// <param name="wrt">the variable.</param>
    /// <returns>null where the pull-back has no closed form in the language.</returns>
    /// <param name="laws">if given, receives the names of the laws the identification used (transpose-scalar, trace-cyclic, …).</param>
    public static Expr? Gradient(Expr df, Var wrt, List<string>? laws = null)
    {
        try
        {
            return Canonicalizer.Canonicalize(new Adjoint(Ex.D(wrt), batch: false, laws).PullBack(df, Ex.One));
        }
        catch (Adjoint.NoClosedForm)
        {
            // For a vector, the forward Jacobian reads vec(·) too: ∇f = J'.
            return wrt.Shape.IsColumn ? Forward(df, wrt, laws, transpose: true) : null;
        }
    }

    /// <summary>df = J dx ⇒ J (numerator layout), or null where Jᵀ has no closed form here.</summary>
    public static Expr? Jacobian(Expr df, Var wrt, List<string>? laws = null)
    {
        try
        {
            var seed = Ex.Eye(df.Shape.Rows);
            var transposed = new Adjoint(Ex.D(wrt), batch: true, laws).PullBack(df, seed);
            return Canonicalizer.Canonicalize(Ex.Transpose(transposed));
        }
        catch (Adjoint.NoClosedForm)
        {
            // The batch pull-back stops at a right factor, a matrix ⊙, diag of the differential:
            // the forward form moves dx to the right by identities instead.
            return Forward(df, wrt, laws, transpose: false);
        }
    }

    /// <summary>
    /// d vec(f) / d vec(X) read forwards (<see cref="JacobianForm"/>): the Kronecker form of a
    /// derivative with respect to a matrix, commutation matrices included; null where there is none.
    /// </summary>
    public static Expr? VecJacobian(Expr df, Var wrt, List<string>? laws = null) => Forward(df, wrt, laws, transpose: false);

    private static Expr? Forward(Expr df, Var wrt, List<string>? laws, bool transpose)
    {
        try
        {
            var j = new JacobianForm(Ex.D(wrt), laws).Of(df);
            return Canonicalizer.Canonicalize(transpose ? Ex.Transpose(j) : j);
        }
        catch (Adjoint.NoClosedForm)
        {
            return null;
        }
    }

    /// <summary>df/ds for a scalar s: df is linear in ds, so it is df with ds = 1.</summary>
    public static Expr ScalarDerivative(Expr df, Var wrt) =>
        Canonicalizer.Canonicalize(df.Substitute(Ex.D(wrt), Ex.One));

    /// <summary>The linear map V ↦ df[V]: dX replaced by the direction.</summary>
    public static Expr LinearMap(Expr df, Var wrt, Var direction) =>
        Canonicalizer.Canonicalize(df.Substitute(Ex.D(wrt), direction));
}
