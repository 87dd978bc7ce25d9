using MatrixCalculus.Rewriting;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Calculus;

/// <summary>
/// The Jacobian read forwards, for a differential linear in dx: J with vec(e) = J vec(dx), for e of
/// any shape (a column gives its Jacobian, a scalar its gradient as a row). For a column dx,
/// identities move dx to the right end of every product (u (w'dx) = uw' dx, diag(dx) r = diag(r) dx,
/// (A ⊙ H) r = diag(H diag(r) A'), diag(L diag(dx) R) = (L ⊙ R') dx); where none applies, and for a
/// matrix dX, the vec/Kronecker forms carry the differential out: vec(L F R) = (R' ⊗ L) vec(F),
/// vec(F') = K vec(F) (the commutation matrix), vec(A ⊗ B) = (I ⊗ K ⊗ I)(vec A ⊗ vec B).
/// Identification uses it where the batch pull-back of <see cref="Adjoint"/> has no closed form,
/// and for the Kronecker forms of derivatives with respect to a matrix.
/// </summary>
internal sealed class JacobianForm(Expr dx, List<string>? laws = null)
{
    // J has one column per entry of dx: vec(dX) for a matrix.
    private Dim N => Size(dx.Shape);

    /// <summary>J with vec(e) = J dx.</summary>
    public Expr Of(Expr e)
    {
        if (!e.Contains(dx)) return Ex.ZeroOf(new Shape(Size(e.Shape), N));
        if (e.Shape.IsScalar) return OfScalar(e);
        // vec of a row is its transpose
        if (e.Shape.IsRow) return Of(Transposed(e));
        if (!e.Shape.IsColumn) return OfMatrix(e);
        switch (e)
        {
            case Differential when e.Equals(dx):
                return Ex.Eye(N);
            case Transpose t:
                return Of(t.Arg);
            // a ⊙ v = diag(a) v
            case Hadamard h:
                var (other, inner) = Split(h.Left, h.Right);
                Law("hadamard-diag");
                return Ex.MatMul(Diag(other), Of(inner));
            // v ./ b = diag(1 ./ b) v
            case HadamardDivide q when !q.Right.Contains(dx):
                Law("hadamard-diag");
                return Ex.MatMul(Diag(Reciprocal(q.Right)), Of(q.Left));
            case DiagVector d:
                return DiagonalOf(d.Matrix);
            case Vec v:
                return Of(v.Arg);
            default:
                return Common(e) ?? throw new Adjoint.NoClosedForm($"no forward Jacobian through {e.GetType().Name}");
        }
    }

    /// <summary>The arms every shape shares: sums, scalar factors, products, Kronecker products of vectors.</summary>
    private Expr? Common(Expr e)
    {
        switch (e)
        {
            // J(A + B) = J(A) + J(B)
            case Add a:
                return Ex.Add(a.Terms.Select(Of));
            // J(s B) = s J(B)
            case Scale s when s.Body.Contains(dx):
                return Ex.Scale(s.Coefficient, Of(s.Body));
            // vec(B)(g'dx) = vec(B) g' dx: the scalar's row joins an outer product
            case Scale s:
                Law("outer-product");
                return Ex.MatMul(Column(s.Body), Of(s.Coefficient));
            // J(B / s) = J(B) / s
            case Divide d when !d.Denominator.Contains(dx):
                return Ex.Divide(Of(d.Numerator), d.Denominator);
            case MatMul m:
                return Product(m.Factors.AsArray());
            case Kron k:
                return KronOfVectors(k);
            default:
                return null;
        }
    }

    /// <summary>A scalar's row: the gradient pull-back, transposed; forwards where that has no closed form (vec inside).</summary>
    private Expr OfScalar(Expr e)
    {
        try
        {
            // df = ⟨G, dX⟩ = vec(G)' vec(dX)
            var gradient = new Adjoint(dx, batch: false, laws).PullBack(e, Ex.One);
            return Ex.Transpose(dx.Shape.IsColumn ? gradient : Ex.Vec(gradient));
        }
        catch (Adjoint.NoClosedForm)
        {
            switch (e)
            {
                // ⟨A, B⟩ = vec(A)' vec(B)
                case Inner i:
                    var (fixedSide, linear) = Split(i.Left, i.Right);
                    return Ex.MatMul(Ex.Transpose(Column(fixedSide)), Of(linear));
                // sum(B) = 1' vec(B)
                case Sum s:
                    return Ex.MatMul(Ex.Transpose(Ex.OnesOf(Shape.Column(Size(s.Arg.Shape)))), Of(s.Arg));
                // tr(B) = vec(I)' vec(B)
                case Trace t:
                    return Ex.MatMul(Ex.Transpose(Ex.Vec(Ex.Eye(t.Arg.Shape.Rows))), Of(t.Arg));
                default:
                    return Common(e) ?? throw new Adjoint.NoClosedForm($"no forward Jacobian through {e.GetType().Name}");
            }
        }
    }

    /// <summary>vec of a matrix linear in dx.</summary>
    private Expr OfMatrix(Expr e)
    {
        switch (e)
        {
            case Differential when e.Equals(dx):
                return Ex.Eye(N);
            case Transpose t when TransposeRules.Push(t) is { } pushed:
                return Of(pushed);
            // vec(M') = K_{r,c} vec(M) for an r×c M
            case Transpose t:
                Law("commutation");
                return Ex.MatMul(Ex.Commutation(t.Arg.Shape.Rows, t.Arg.Shape.Cols), Of(t.Arg));
            // vec(A ⊙ H) = diag(vec A) vec(H)
            case Hadamard h:
                var (other, inner) = Split(h.Left, h.Right);
                Law("vec-kronecker");
                return Ex.MatMul(Diag(Ex.Vec(other)), Of(inner));
            case HadamardDivide q when !q.Right.Contains(dx):
                Law("vec-kronecker");
                return Ex.MatMul(Diag(Ex.Vec(Reciprocal(q.Right))), Of(q.Left));
            // vec(diag(v)) = diag(vec I)(1 ⊗ I) v: v repeated in every column, masked to the diagonal
            case DiagMatrix d:
                var n = d.Shape.Rows;
                Law("vec-kronecker");
                return Ex.MatMul(Ex.DiagMatrix(Ex.Vec(Ex.Eye(n))), Ex.Kron(Ex.OnesOf(Shape.Column(n)), Ex.Eye(n)), Of(d.Vector));
            default:
                return Common(e) ?? throw new Adjoint.NoClosedForm($"no forward Jacobian through {e.GetType().Name}");
        }
    }

    /// <summary>vec(L F R) for the one factor F that holds dx.</summary>
    private Expr Product(IReadOnlyList<Expr> factors)
    {
        int k = Enumerable.Range(0, factors.Count).Single(i => factors[i].Contains(dx));
        var f = factors[k];
        Expr? left = k > 0 ? Ex.MatMul(factors.Take(k)) : null;
        Expr? right = k < factors.Count - 1 ? Ex.MatMul(factors.Skip(k + 1)) : null;
        if (f.Shape.IsColumn)
        {
            var inner = Of(f);
            if (right is null) return Left(left, inner);
            // L u (w'r) = (w'r) L u
            if (right.Shape.IsScalar) return Ex.Scale(right, Left(left, inner));
            // vec(L u r') = (r ⊗ L) u
            Law("vec-kronecker");
            return Ex.MatMul(Ex.Kron(Ex.Transpose(right), left ?? Ex.Eye(f.Shape.Rows)), inner);
        }
        if (f.Shape.IsRow)
        {
            // vec(w'R) = R'w
            var inner = right is null ? Of(f) : Ex.MatMul(Ex.Transpose(right), Of(f));
            if (left is null) return inner;
            var wr = right is null ? f : Ex.MatMul(f, right);
            // l (w'r) = l r'w: the scalar's row joins an outer product
            Law("outer-product");
            if (wr.Shape.IsScalar) return Ex.MatMul(left, inner);
            // vec(l s') = (I ⊗ l) s
            Law("vec-kronecker");
            return Ex.MatMul(Ex.Kron(Ex.Eye(wr.Shape.Cols), left), inner);
        }
        if (right is not null && right.Shape.IsColumn) return Left(left, TimesColumn(f, right));
        if (left is not null && left.Shape.IsRow)
        {
            // vec(l'F R) = R'F'l
            var column = TimesColumn(Transposed(f), Ex.Transpose(left));
            return right is null ? column : Ex.MatMul(Ex.Transpose(right), column);
        }
        // vec(L F R) = (R' ⊗ L) vec(F)
        Law("vec-kronecker");
        return Ex.MatMul(Ex.Kron(Ex.Transpose(right ?? Ex.Eye(f.Shape.Cols)), left ?? Ex.Eye(f.Shape.Rows)), Of(f));
    }

    /// <summary>J(G r) for a matrix G linear in dx and a constant column r.</summary>
    private Expr TimesColumn(Expr g, Expr r)
    {
        // A term of a sum may not hold dx at all: its Jacobian is zero (the cases below assume dx).
        if (!g.Contains(dx)) return Ex.ZeroOf(new Shape(g.Shape.Rows, N));
        switch (g)
        {
            case Add a:
                return Ex.Add(a.Terms.Select(t => TimesColumn(t, r)));
            case Scale s when s.Body.Contains(dx):
                return Ex.Scale(s.Coefficient, TimesColumn(s.Body, r));
            case Divide d when !d.Denominator.Contains(dx):
                return Ex.Divide(TimesColumn(d.Numerator, r), d.Denominator);
            case MatMul m:
                return Product([.. m.Factors, r]);
            // diag(v) r = diag(r) v
            case DiagMatrix d:
                Law("diag-commute");
                return Ex.MatMul(Diag(r), Of(d.Vector));
            case Transpose t when TransposeRules.Push(t) is { } pushed:
                return TimesColumn(pushed, r);
            // M'r = (r'M)', and vec(r'M) = (I ⊗ r') vec(M)
            case Transpose t:
                Law("vec-kronecker");
                return Ex.MatMul(Ex.Kron(Ex.Eye(t.Arg.Shape.Cols), Ex.Transpose(r)), Of(t.Arg));
            // (A ⊙ H) r = diag(H diag(r) A')
            case Hadamard h:
                var (other, inner) = Split(h.Left, h.Right);
                Law("hadamard-diag");
                return DiagonalOf(Ex.MatMul(inner, Diag(r), Ex.Transpose(other)));
            case HadamardDivide q when !q.Right.Contains(dx):
                Law("hadamard-diag");
                return DiagonalOf(Ex.MatMul(q.Left, Diag(r), Ex.Transpose(Reciprocal(q.Right))));
            default:
                if (!g.Contains(dx)) return Ex.ZeroOf(new Shape(g.Shape.Rows, N));
                // vec(G r) = (r' ⊗ I) vec(G)
                Law("vec-kronecker");
                return Ex.MatMul(Ex.Kron(Ex.Transpose(r), Ex.Eye(g.Shape.Rows)), Of(g));
        }
    }

    /// <summary>J(diag(M)) for a square M linear in dx.</summary>
    private Expr DiagonalOf(Expr m)
    {
        // A term of a sum may not hold dx at all (diag(A + dX B)): its Jacobian is zero.
        if (!m.Contains(dx)) return Ex.ZeroOf(new Shape(m.Shape.Rows, N));
        switch (m)
        {
            case Add a:
                return Ex.Add(a.Terms.Select(DiagonalOf));
            case Scale s when s.Body.Contains(dx):
                return Ex.Scale(s.Coefficient, DiagonalOf(s.Body));
            case Scale s:
                return Ex.MatMul(Ex.DiagVector(s.Body), Of(s.Coefficient));
            case Divide d when !d.Denominator.Contains(dx):
                return Ex.Divide(DiagonalOf(d.Numerator), d.Denominator);
            // diag(diag(v)) = v
            case DiagMatrix d:
                return Of(d.Vector);
            // diag(A') = diag(A)
            case Transpose t:
                return DiagonalOf(t.Arg);
            // diag(A ⊙ H) = diag(A) ⊙ diag(H)
            case Hadamard h:
                var (other, inner) = Split(h.Left, h.Right);
                return Ex.MatMul(Diag(Ex.DiagVector(other)), DiagonalOf(inner));
            case HadamardDivide q when !q.Right.Contains(dx):
                return Ex.MatMul(Diag(Reciprocal(Ex.DiagVector(q.Right))), DiagonalOf(q.Left));
            case MatMul p:
                return DiagonalOfProduct(p.Factors.AsArray());
            default:
                if (!m.Contains(dx)) return Ex.ZeroOf(new Shape(m.Shape.Rows, N));
                return Ex.MatMul(DiagonalSelector(m.Shape.Rows), Of(m));
        }
    }

    private Expr DiagonalOfProduct(IReadOnlyList<Expr> factors)
    {
        int k = Enumerable.Range(0, factors.Count).Single(i => factors[i].Contains(dx));
        var f = factors[k];
        Expr? left = k > 0 ? Ex.MatMul(factors.Take(k)) : null;
        Expr? right = k < factors.Count - 1 ? Ex.MatMul(factors.Skip(k + 1)) : null;
        switch (f)
        {
            // diag(c r') = diag(r) c, with c = L u
            case var _ when f.Shape.IsColumn && right is not null:
                Law("diag-commute");
                return Ex.MatMul(Diag(Ex.Transpose(right)), Left(left, Of(f)));
            // diag(l s') = diag(l) s, with s' = w'R
            case var _ when f.Shape.IsRow && left is not null:
                Law("diag-commute");
                return Ex.MatMul(Diag(left), Of(right is null ? f : Ex.MatMul(f, right)));
            // diag(L diag(v) R) = (L ⊙ R') v
            case DiagMatrix d:
                Law("diag-commute");
                var weights = (left, right) switch
                {
                    (null, null) => Ex.Eye(d.Shape.Rows),
                    (null, { } r) => Diag(Ex.DiagVector(r)),
                    ({ } l, null) => Diag(Ex.DiagVector(l)),
                    ({ } l, { } r) => Ex.Hadamard(l, Ex.Transpose(r)),
                };
                return Ex.MatMul(weights, Of(d.Vector));
            case Add a:
                return Ex.Add(a.Terms.Select(t => DiagonalOf(Rebuilt(factors, k, t))));
            case Scale:
                return DiagonalOf(Rebuilt(factors, k, f));
            case Divide q when !q.Denominator.Contains(dx):
                return Ex.Divide(DiagonalOf(Rebuilt(factors, k, q.Numerator)), q.Denominator);
            case Transpose t when TransposeRules.Push(t) is { } pushed:
                return DiagonalOf(Rebuilt(factors, k, pushed));
            default:
                return Ex.MatMul(DiagonalSelector(factors[0].Shape.Rows), Of(Ex.MatMul(factors)));
        }
    }

    private static Expr Rebuilt(IReadOnlyList<Expr> factors, int k, Expr replacement) =>
        Ex.MatMul(factors.Select((f, i) => i == k ? replacement : f));

    /// <summary>diag(M) = (1' ⊗ I) diag(vec I) vec(M): the diagonal entries picked out of vec(M).</summary>
    private Expr DiagonalSelector(Dim n)
    {
        Law("vec-kronecker");
        return Ex.MatMul(Ex.Kron(Ex.Transpose(Ex.OnesOf(Shape.Column(n))), Ex.Eye(n)), Ex.DiagMatrix(Ex.Vec(Ex.Eye(n))));
    }

    /// <summary>
    /// a ⊗ b = vec(b a') for columns; a ⊗ b' = a b' and a' ⊗ b = b a'. For matrices (A: p×q, B: r×s)
    /// vec(A ⊗ B) = (I_q ⊗ K_{s,p} ⊗ I_r)(vec A ⊗ vec B) (Magnus and Neudecker, Theorem 3.10), and
    /// vec A ⊗ vec B = (vec A ⊗ I_{rs}) vec B = (I_{pq} ⊗ vec B) vec A takes out the factor holding dx.
    /// </summary>
    private Expr KronOfVectors(Kron k)
    {
        var (a, b) = (k.Left, k.Right);
        if (a.Shape.IsColumn && b.Shape.IsColumn) return Of(Ex.Vec(Ex.MatMul(b, Ex.Transpose(a))));
        if (a.Shape.IsColumn && b.Shape.IsRow) return Of(Ex.MatMul(a, b));
        if (a.Shape.IsRow && b.Shape.IsColumn) return Of(Ex.MatMul(b, a));
        Law("vec-kronecker");
        var (p, q, r, s) = (a.Shape.Rows, a.Shape.Cols, b.Shape.Rows, b.Shape.Cols);
        var shuffle = Ex.Kron(Ex.Kron(Ex.Eye(q), Ex.Commutation(s, p)), Ex.Eye(r));
        // A term of d(A ⊗ B) holds dx in one factor only (dA ⊗ B + A ⊗ dB).
        return b.Contains(dx)
            ? Ex.MatMul(shuffle, Ex.Kron(Column(a), Ex.Eye(Size(b.Shape))), Of(b))
            : Ex.MatMul(shuffle, Ex.Kron(Ex.Eye(Size(a.Shape)), Column(b)), Of(a));
    }

    /// <summary>e' with the transpose pushed inside, so that the arms see the node underneath.</summary>
    private static Expr Transposed(Expr e)
    {
        if (e is Transpose t) return t.Arg;
        var wrapped = Ex.Transpose(e);
        if (wrapped is not Transpose node) return wrapped;
        // A matrix whose transpose goes no further down (dX') stays transposed: vec(M') = K vec(M) and
        // M'r = (r'M)' take it from there. A vector would come back here, so it has no closed form.
        return TransposeRules.Push(node) ?? (e.Shape.IsVector
            ? throw new Adjoint.NoClosedForm($"a transposed {e.GetType().Name} holding the differential")
            : node);
    }

    private (Expr Other, Expr Inner) Split(Expr left, Expr right) => right.Contains(dx) ? (left, right) : (right, left);

    private static Expr Left(Expr? left, Expr j) => left is null ? j : Ex.MatMul(left, j);

    private static Expr Diag(Expr v) => v is Ones ? Ex.Eye(v.Shape.Rows) : Ex.DiagMatrix(v);

    private static Expr Reciprocal(Expr b) => Ex.HadamardDivide(Ex.OnesOf(b.Shape), b);

    /// <summary>The entries of e as one column: e itself, e' for a row, vec(e) for a matrix.</summary>
    private static Expr Column(Expr e) => e.Shape.IsRow ? Ex.Transpose(e) : Ex.Vec(e);

    private static Dim Size(Shape s) => DimOps.Times(s.Rows, s.Cols);

    private void Law(string name)
    {
        if (laws is not null && !laws.Contains(name)) laws.Add(name);
    }
}
