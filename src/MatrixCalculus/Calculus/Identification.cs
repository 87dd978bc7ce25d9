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

    /// <summary>
    /// d vec(f) / d vec(X) as a Kronecker form, term by term: vec(L dX R) = (Rᵀ ⊗ L) vec(dX),
    /// vec(U ⊙ dX) = diag(vec U) vec(dX); null if some term has another form (e.g. dXᵀ of a matrix).
    /// </summary>
    public static Expr? KroneckerForm(Expr df, Var wrt)
    {
        var dX = Ex.D(wrt);
        var terms = df is Add a ? a.Terms.AsArray().ToList() : [df];
        var parts = new List<Expr>();
        foreach (var term in terms)
        {
            var (coefficient, body) = term is Scale s && !s.Coefficient.Contains(dX) ? (s.Coefficient, s.Body) : (Ex.One, term);
            var part = KronOfTerm(body, dX, wrt);
            if (part is null) return null;
            parts.Add(Ex.MatMul(coefficient, part));
        }
        // Sizes of vec are named as products (n·m); two forms of one product size can be named in
        // different orders (m·n from Bᵀ ⊗ A, n·m from vec), and then the map is the clearer answer.
        if (parts.Any(p => p.Shape != parts[0].Shape)) return null;
        return Canonicalizer.Canonicalize(Ex.Add(parts));
    }

    private static Expr? KronOfTerm(Expr body, Expr dX, Var wrt)
    {
        var rows = wrt.Shape.Rows;
        var cols = wrt.Shape.Cols;
        switch (body)
        {
            case Differential when body.Equals(dX):
                return Ex.Eye(DimOps.Times(rows, cols));
            case Hadamard h when h.Right.Equals(dX) && !h.Left.Contains(dX):
                return Ex.DiagMatrix(Ex.Vec(h.Left));
            case Hadamard h when h.Left.Equals(dX) && !h.Right.Contains(dX):
                return Ex.DiagMatrix(Ex.Vec(h.Right));
            case MatMul m:
                var f = m.Factors;
                int k = Enumerable.Range(0, f.Count).SingleOrDefault(i => f[i].Contains(dX), -1);
                // For a vector x, vec(dxᵀ) = dx, so a transposed dx is as good as dx.
                bool plain = f[k].Equals(dX) || (f[k] is Transpose { Arg: Differential } t && t.Arg.Equals(dX) && wrt.Shape.IsColumn);
                if (k < 0 || !plain) return null;
                var holder = f[k].Shape;
                var left = k == 0 ? Ex.Eye(holder.Rows) : Ex.MatMul(f.Take(k));
                var right = k == f.Count - 1 ? Ex.Eye(holder.Cols) : Ex.MatMul(f.Skip(k + 1));
                return Ex.Kron(Ex.Transpose(right), left);
            default:
                return null;
        }
    }
}
