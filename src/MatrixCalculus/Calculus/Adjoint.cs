using MatrixCalculus.Terms;

namespace MatrixCalculus.Calculus;

/// <summary>
/// Identification by pulling the cotangent back through a term linear in dX:
/// ⟨C, E(dX)⟩ = ⟨G, dX⟩ gives G. With C = 1 and a scalar df this is ∇f (df = ⟨∇f, dX⟩);
/// in batch mode C = I_m carries one cotangent per output, and G = Jᵀ (df = J dx).
/// Each arm is the adjoint identity it uses; the ones a reader of the notes would name (a scalar
/// transposed, a trace rotated, ⊙ moved across ⟨·,·⟩) are added to <paramref name="laws"/>, if given,
/// for the identification step of the derivation.
/// </summary>
internal sealed class Adjoint(Expr dX, bool batch, List<string>? laws = null)
{
    /// <summary>Thrown where the pull-back has no closed form in the language (the caller falls back to a linear map).</summary>
    public sealed class NoClosedForm(string what) : Exception(what);

    public Expr PullBack(Expr linear, Expr cotangent) =>
        Pull(linear, cotangent) ?? Ex.ZeroOf(Shape(cotangent));

    private Semantics.Shape Shape(Expr cotangent) =>
        batch ? new(dX.Shape.Rows, cotangent.Shape.Cols) : dX.Shape;

    private Expr? Pull(Expr e, Expr c)
    {
        if (!e.Contains(dX)) return null;
        // A batch carries one cotangent per output in its columns: that only means something while
        // the term is a column or a scalar (a row or matrix term would mix the outputs).
        if (batch && !(e.Shape.IsColumn || e.Shape.IsScalar))
            throw new NoClosedForm("a batch of cotangents through a row or matrix term");
        switch (e)
        {
            case Differential when e.Equals(dX):
                return c;
            // ⟨C, A + B⟩ = ⟨C, A⟩ + ⟨C, B⟩
            case Add a:
                var parts = a.Terms.Select(t => Pull(t, c)).OfType<Expr>().ToList();
                return parts.Count == 0 ? null : Ex.Add(parts);
            case MatMul m:
                return PullProduct(m.Factors.AsArray(), c);
            // ⟨C, s B⟩ = ⟨s C, B⟩, and with ds in s: ⟨C, s B⟩ = s ⟨C, B⟩ = ⟨Bᵀ C, s⟩
            case Scale s when s.Body.Contains(dX):
                return Pull(s.Body, Ex.MatMul(s.Coefficient, c));
            case Scale s:
                return Pull(s.Coefficient, InnerWith(s.Body, c));
            // ⟨C, A / s⟩ = ⟨C / s, A⟩
            case Divide d when !d.Denominator.Contains(dX):
                return Pull(d.Numerator, Ex.Divide(c, d.Denominator));
            // ⟨C, Aᵀ⟩ = ⟨Cᵀ, A⟩
            case Transpose t when !batch:
                // for a vector, dx' stands in a scalar term, which equals its transpose (dx'Ax = x'A'dx)
                Law(dX.Shape.IsColumn ? "transpose-scalar" : "trace-transpose");
                return Pull(t.Arg, Ex.Transpose(c));
            case Transpose t when t.Arg.Shape.IsScalar:
                return Pull(t.Arg, c);
            // ⟨c, tr A⟩ = ⟨c I, A⟩
            case Trace t when !batch:
                return Pull(t.Arg, Ex.Scale(c, Ex.Eye(t.Arg.Shape.Rows)));
            // ⟨C, A ⊙ B⟩ = ⟨C ⊙ A, B⟩; for a batch of cotangents, diag(a) C
            case Hadamard h:
                var (other, inner) = h.Right.Contains(dX) ? (h.Left, h.Right) : (h.Right, h.Left);
                Law("hadamard-inner");
                return Pull(inner, HadamardWith(other, c));
            // ⟨C, A ./ B⟩ = ⟨C ./ B, A⟩
            case HadamardDivide q when !q.Right.Contains(dX):
                Law("hadamard-inner");
                return Pull(q.Left, batch
                    ? Ex.MatMul(Ex.DiagMatrix(Ex.HadamardDivide(Ex.OnesOf(q.Right.Shape), q.Right)), c)
                    : Ex.HadamardDivide(c, q.Right));
            // ⟨c, sum A⟩ = ⟨c 1, A⟩
            case Sum s when !batch || s.Arg.Shape.IsColumn:
                Law("sum-inner");
                return Pull(s.Arg, batch ? Ex.MatMul(Ex.OnesOf(s.Arg.Shape), c) : Ex.Scale(c, Ex.OnesOf(s.Arg.Shape)));
            // ⟨C, diag(v)⟩ = ⟨diag(C), v⟩
            case DiagMatrix d when !batch:
                return Pull(d.Vector, Ex.DiagVector(c));
            // ⟨c, diag(M)⟩ = ⟨diag(c), M⟩
            case DiagVector d when !batch:
                return Pull(d.Matrix, Ex.DiagMatrix(c));
            // ⟨c, ⟨A, B⟩⟩ = ⟨c A, B⟩
            case Inner i:
                var (fixedSide, linearSide) = i.Right.Contains(dX) ? (i.Left, i.Right) : (i.Right, i.Left);
                if (batch && !fixedSide.Shape.IsColumn) throw new NoClosedForm("a batch of cotangents through an inner product of matrices");
                return Pull(linearSide, batch ? Ex.MatMul(fixedSide, c) : Ex.MatMul(c, fixedSide));
            case Vec v when v.Arg.Shape.IsColumn:
                return Pull(v.Arg, c);
            // For a column dx the forward Jacobian below is shorter ((I ⊗ b')c for a ⊗ b); for a matrix dX:
            // ⟨c, vec(A)⟩ = ⟨unvec(c), A⟩, unvec(c) = (vec(I_n)' ⊗ I_m)(I_n ⊗ c) for an m×n A
            case Vec v when !batch && !dX.Shape.IsColumn:
                Law("vec-kronecker");
                var (rows, cols) = (v.Arg.Shape.Rows, v.Arg.Shape.Cols);
                return Pull(v.Arg, Ex.MatMul(Ex.Kron(Ex.Transpose(Ex.Vec(Ex.Eye(cols))), Ex.Eye(rows)), Ex.Kron(Ex.Eye(cols), c)));
            // ⟨C, A ⊗ B⟩ with A p×q, B r×s: Σᵢⱼ ⟨Aᵢⱼ Cᵢⱼ, B⟩ over the r×s blocks Cᵢⱼ of C, and
            // Σᵢⱼ Aᵢⱼ Cᵢⱼ = (1_p' ⊗ I_r)((A ⊗ 1_r 1_s') ⊙ C)(1_q ⊗ I_s); for dA, ⟨Cᵢⱼ, B⟩ is entry (i, j) of
            // (I_p ⊗ 1_r')((1_p 1_q' ⊗ B) ⊙ C)(I_q ⊗ 1_s)
            case Kron k when !batch && !dX.Shape.IsColumn:
                Law("vec-kronecker");
                var (p, qc, r, sc) = (k.Left.Shape.Rows, k.Left.Shape.Cols, k.Right.Shape.Rows, k.Right.Shape.Cols);
                Expr Ones(Semantics.Dim n) => Ex.OnesOf(Semantics.Shape.Column(n));
                Expr Block(Semantics.Dim a, Semantics.Dim b) => Ex.OnesOf(new Semantics.Shape(a, b));
                return k.Right.Contains(dX)
                    ? Pull(k.Right, Ex.MatMul(Ex.Kron(Ex.Transpose(Ones(p)), Ex.Eye(r)), Ex.Hadamard(Ex.Kron(k.Left, Block(r, sc)), c), Ex.Kron(Ones(qc), Ex.Eye(sc))))
                    : Pull(k.Left, Ex.MatMul(Ex.Kron(Ex.Eye(p), Ex.Transpose(Ones(r))), Ex.Hadamard(Ex.Kron(Block(p, qc), k.Right), c), Ex.Kron(Ex.Eye(qc), Ones(sc))));
            // ⟨C, E⟩ = vec(C)' J dx for a column dx, with J the forward Jacobian of E (a Kronecker
            // product, vec of a matrix): the cotangent comes this far, so J is only E's own.
            case not Differential when !batch && dX.Shape.IsColumn:
                var column = c.Shape.IsRow ? Ex.Transpose(c) : Ex.Vec(c);
                return Ex.MatMul(Ex.Transpose(new JacobianForm(dX, laws).Of(e)), column);
            default:
                throw new NoClosedForm($"no closed-form pull-back through {e.GetType().Name}");
        }
    }

    /// <summary>⟨C, L F R⟩ = ⟨Lᵀ C Rᵀ, F⟩ for the one factor F that holds dX.</summary>
    private Expr? PullProduct(IReadOnlyList<Expr> factors, Expr c)
    {
        var holders = factors.Select((f, i) => (f, i)).Where(x => x.f.Contains(dX)).ToList();
        if (holders.Count != 1)
            throw new InvalidOperationException("a differential must be linear in dX: one factor holds it.");
        int k = holders[0].i;
        var left = factors.Take(k).ToList();
        var right = factors.Skip(k + 1).ToList();
        var f = factors[k];
        // F R scalar with F = Aᵀ: Aᵀ R = Rᵀ A, so that batches never meet a transposed vector
        if (batch && f is Transpose t && right.Count > 0 && Ex.MatMul([f, .. right]).Shape.IsScalar)
        {
            Law("transpose-scalar");
            return PullProduct([.. left, Ex.Transpose(Ex.MatMul(right)), t.Arg], c);
        }
        if (batch && right.Count > 0)
            throw new NoClosedForm("a batch of cotangents cannot pass a right factor");
        // tr(A dX B) = tr(B A dX): a right factor of a matrix differential is rotated to the front
        if (right.Count > 0 && !dX.Shape.IsColumn) Law("trace-cyclic");
        var cotangent = c;
        if (left.Count > 0) cotangent = Ex.MatMul(Ex.Transpose(Ex.MatMul(left)), cotangent);
        if (right.Count > 0) cotangent = Ex.MatMul(cotangent, Ex.Transpose(Ex.MatMul(right)));
        return Pull(f, cotangent);
    }

    private void Law(string name)
    {
        if (laws is not null && !laws.Contains(name)) laws.Add(name);
    }

    private Expr InnerWith(Expr body, Expr c)
    {
        if (body.Shape.IsScalar) return Ex.MatMul(body, c);
        if (batch || body.Shape.IsColumn) return Ex.MatMul(Ex.Transpose(body), c);
        return Ex.Inner(body, c);
    }

    private Expr HadamardWith(Expr other, Expr c)
    {
        if (other.Shape.IsScalar) return Ex.MatMul(other, c);
        if (!batch) return Ex.Hadamard(c, other);
        if (!other.Shape.IsColumn) throw new NoClosedForm("a batch of cotangents through a matrix ⊙");
        return Ex.MatMul(Ex.DiagMatrix(other), c);
    }
}
