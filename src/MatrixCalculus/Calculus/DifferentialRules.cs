using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;

namespace MatrixCalculus.Calculus;

/// <summary>
/// The table of differential rules, one per operator, as in the course notes: <see cref="Push"/>
/// takes d(·) one level into a term and names the rule it used. The differentials of the
/// operands come from <paramref name="d"/>: the recursive <see cref="Differentiator"/> passes
/// itself (so the whole term is differentiated at once), the <see cref="StepwiseDifferential"/>
/// passes d(·) nodes to push on the next step. Both therefore read the same laws.
/// </summary>
internal sealed class DifferentialRules(Var wrt, Func<Expr, Expr> d)
{
    /// <summary>d(e) one level down, for a term that depends on wrt and is not wrt itself.</summary>
    public (string Rule, Expr Result) Push(Expr e) => e switch
    {
        // d(A + B) = dA + dB
        Add a => ("d-add", Ex.Add(a.Terms.Select(d))),
        // d(A B C) = dA B C + A dB C + A B dC   (one term per factor)
        MatMul m => ("d-matmul", Ex.Add(m.Factors.Select((f, i) =>
            Ex.MatMul(m.Factors.Select((g, j) => j == i ? d(g) : g))))),
        // d(s A) = ds A + s dA
        Scale s => ("d-scale", Ex.Add(Ex.MatMul(d(s.Coefficient), s.Body), Ex.Scale(s.Coefficient, d(s.Body)))),
        // d(A / s) = dA / s - A ds / s²
        Divide q => ("d-quotient", Ex.Sub(
            Ex.Divide(d(q.Numerator), q.Denominator),
            Ex.Divide(Ex.MatMul(q.Numerator, d(q.Denominator)), Ex.Power(q.Denominator, Num(2))))),
        // d(Aᵀ) = (dA)ᵀ
        Transpose t => ("d-transpose", Ex.Transpose(d(t.Arg))),
        // d(A⁻¹) = -A⁻¹ dA A⁻¹
        Inverse i => ("d-inverse", Neg(Ex.MatMul(i, d(i.Arg), i))),
        Power p => PowerRule(p),
        // d tr A = tr dA
        Trace t => ("d-trace", Ex.Trace(d(t.Arg))),
        // d det A = det A tr(A⁻¹ dA)
        Det x => ("d-det", Ex.MatMul(x, Ex.Trace(Ex.MatMul(Ex.Inverse(x.Arg), d(x.Arg))))),
        // d log det A = tr(A⁻¹ dA)
        LogDet l => ("d-logdet", Ex.Trace(Ex.MatMul(Ex.Inverse(l.Arg), d(l.Arg)))),
        // d(A ⊙ B) = dA ⊙ B + A ⊙ dB
        Hadamard h => ("d-hadamard", Ex.Add(Ex.Hadamard(d(h.Left), h.Right), Ex.Hadamard(h.Left, d(h.Right)))),
        // d(A ./ B) = dA ./ B - A ⊙ dB ./ (B ⊙ B)
        HadamardDivide q => ("d-hadamard-divide", Ex.Sub(
            Ex.HadamardDivide(d(q.Left), q.Right),
            Ex.HadamardDivide(Ex.Hadamard(q.Left, d(q.Right)), Ex.ElementPower(q.Right, Num(2))))),
        ElementPower p => ElementPowerRule(p),
        // d(A ⊗ B) = dA ⊗ B + A ⊗ dB
        Kron k => ("d-kron", Ex.Add(Ex.Kron(d(k.Left), k.Right), Ex.Kron(k.Left, d(k.Right)))),
        // d log softmax(t) = dt - 1 softmax(t)ᵀ dt   (log softmax(t) = t - logsumexp(t) 1)
        Apply { Function: ElementFunction.Log, Arg: Softmax s } => ("d-log-softmax",
            Ex.Sub(d(s.Arg), Ex.MatMul(OnesOf(s.Shape), Ex.Transpose(s), d(s.Arg)))),
        // d log softmax_rows(T) = dT - ((S ⊙ dT) 1) 1', S = softmax_rows(T)   (log S = T - logsumexp_rows(T) 1');
        // by columns dT - 1 (1'(S ⊙ dT))
        Apply { Function: ElementFunction.Log, Arg: SoftmaxAlong s } => ("d-log-softmax", Centered(s, d(s.Arg))),
        // d f(A) = f'(A) ⊙ dA   (entrywise f)
        Apply a => ("d-elementwise", ElementwiseDerivatives.Differential(a, d(a.Arg))),
        // d sum(A) = sum(dA)
        Sum s => ("d-sum", Ex.Sum(d(s.Arg))),
        // d diag(v) = diag(dv)
        DiagMatrix x => ("d-diag", Ex.DiagMatrix(d(x.Vector))),
        // d diag(M) = diag(dM)
        DiagVector x => ("d-diag", Ex.DiagVector(d(x.Matrix))),
        // d vec(A) = vec(dA)
        Vec v => ("d-vec", Ex.Vec(d(v.Arg))),
        // d softmax(t) = s ⊙ dt - s ⟨s, dt⟩, s = softmax(t): for a vector, (diag(s) - s sᵀ) dt
        Softmax s => ("d-softmax", s.Arg.Shape.IsColumn
            ? Ex.MatMul(Ex.Sub(Ex.DiagMatrix(s), Ex.MatMul(s, Ex.Transpose(s))), d(s.Arg))
            : Ex.Sub(Ex.Hadamard(s, d(s.Arg)), Ex.MatMul(Ex.Inner(s, d(s.Arg)), s))),
        // d logsumexp(A) = ⟨exp(A - logsumexp(A)), dA⟩: softmax(a) for a vector; for a matrix the
        // same weights written so that exp never overflows where logsumexp itself is finite
        LogSumExp l => ("d-logsumexp", Ex.Inner(l.Arg.Shape.IsColumn
            ? Ex.Softmax(l.Arg)
            : Ex.Apply(ElementFunction.Exp, Ex.Sub(l.Arg, Ex.Scale(l, OnesOf(l.Arg.Shape)))), d(l.Arg))),
        // d softmax_rows(T) = S ⊙ (dT - ((S ⊙ dT) 1) 1'): each row is a softmax, d s = s ⊙ dt - s ⟨s, dt⟩
        SoftmaxAlong s => ("d-softmax", Ex.Hadamard(s, Centered(s, d(s.Arg)))),
        // d logsumexp_rows(T) = (S ⊙ dT) 1, by columns 1'(S ⊙ dT): d logsumexp(t) = ⟨softmax(t), dt⟩ per slice
        LogSumExpAlong l => ("d-logsumexp", SliceSums(l.Along, Ex.Hadamard(Ex.SoftmaxAlong(l.Along, l.Arg), d(l.Arg)))),
        Norm n => NormRule(n),
        // d⟨A, B⟩ = ⟨dA, B⟩ + ⟨A, dB⟩
        Inner i => ("d-inner", Ex.Add(Ex.Inner(d(i.Left), i.Right), Ex.Inner(i.Left, d(i.Right)))),
        _ => throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.NoDifferentialRule,
            $"no differential rule for {e}.", SourceSpan.None, "")),
    };

    /// <summary>dT minus, in each slice, the S-weighted mean of dT: dT - ((S ⊙ dT) 1) 1' (rows), dT - 1 (1'(S ⊙ dT)) (columns).</summary>
    private static Expr Centered(SoftmaxAlong s, Expr dT)
    {
        var means = SliceSums(s.Along, Ex.Hadamard(s, dT));
        var spread = s.Along == Axis.Rows
            ? Ex.MatMul(means, Ex.Transpose(OnesOf(Semantics.Shape.Column(s.Shape.Cols))))
            : Ex.MatMul(OnesOf(Semantics.Shape.Column(s.Shape.Rows)), means);
        return Ex.Sub(dT, spread);
    }

    /// <summary>The sum of each row, M 1 (a column), or of each column, 1'M (a row).</summary>
    private static Expr SliceSums(Axis along, Expr m) => along == Axis.Rows
        ? Ex.MatMul(m, OnesOf(Semantics.Shape.Column(m.Shape.Cols)))
        : Ex.MatMul(Ex.Transpose(OnesOf(Semantics.Shape.Column(m.Shape.Rows))), m);

    private (string, Expr) PowerRule(Power p)
    {
        if (!p.Base.Shape.IsScalar) return MatrixPower(p);
        // d ‖A‖^p = p ‖A‖^(p-2) ⟨A, dA⟩   (2-norm or Frobenius: avoids ‖A‖^(p-1)/‖A‖)
        if (p is { Base: Norm { Kind: NormKind.Two or NormKind.Frobenius } n, Exponent: Const k } && !k.Contains(wrt))
        {
            var inner = Ex.Inner(n.Arg, d(n.Arg));
            var rest = k.Value == 2 ? inner : Ex.Divide(inner, Ex.Power(n, Num(2 - k.Value)));
            return ("d-norm-power", Ex.Scale(k, rest));
        }
        if (!p.Exponent.Contains(wrt))
        {
            // d(s^p) = p s^(p-1) ds   (p constant)
            var lowered = p.Exponent is Const c ? Ex.Power(p.Base, Num(c.Value - 1)) : Ex.Power(p.Base, Ex.Sub(p.Exponent, One));
            return ("d-power", Ex.MatMul(p.Exponent, lowered, d(p.Base)));
        }
        // d(s^t) = s^t (log(s) dt + t ds / s)
        return ("d-power-general", Ex.MatMul(p, Ex.Add(
            Ex.MatMul(Ex.Apply(ElementFunction.Log, p.Base), d(p.Exponent)),
            Ex.Divide(Ex.MatMul(p.Exponent, d(p.Base)), p.Base))));
    }

    private (string, Expr) MatrixPower(Power p)
    {
        var k = (int)((Const)p.Exponent).Value;
        // A^-k = (A⁻¹)^k: differentiate the positive power of the inverse
        var @base = k < 0 ? Ex.Inverse(p.Base) : p.Base;
        var m = Math.Abs(k);
        var dBase = d(@base);
        // d(A^m) = Σ_{i=0}^{m-1} A^i dA A^(m-1-i)
        var terms = Enumerable.Range(0, m).Select(i =>
            Ex.MatMul(Ex.Power(@base, Num(i)), dBase, Ex.Power(@base, Num(m - 1 - i))));
        return ("d-matrix-power", Ex.Add(terms));
    }

    private (string, Expr) ElementPowerRule(ElementPower p)
    {
        if (p.Exponent.Contains(wrt))
            // d(A .^ t) = A .^ t ⊙ (log(A) dt + t dA ./ A)
            return ("d-elementwise-power", Ex.Hadamard(p, Ex.Add(
                Ex.MatMul(Ex.Apply(ElementFunction.Log, p.Base), d(p.Exponent)),
                Ex.Scale(p.Exponent, Ex.HadamardDivide(d(p.Base), p.Base)))));
        var lowered = p.Exponent is Const c ? Ex.ElementPower(p.Base, Num(c.Value - 1)) : Ex.ElementPower(p.Base, Ex.Sub(p.Exponent, One));
        // d(A .^ p) = p A .^ (p-1) ⊙ dA
        return ("d-elementwise-power", Ex.Scale(p.Exponent, Ex.Hadamard(lowered, d(p.Base))));
    }

    private (string, Expr) NormRule(Norm n) => n.Kind switch
    {
        // d‖A‖₁ = ⟨sign(A), dA⟩
        NormKind.One => ("d-norm1", Ex.Inner(Ex.Apply(ElementFunction.Sign, n.Arg), d(n.Arg))),
        // d‖A‖ = ⟨A, dA⟩ / ‖A‖   (2-norm of a vector, Frobenius of a matrix)
        _ => (n.Kind == NormKind.Frobenius || !n.Arg.Shape.IsVector ? "d-normF" : "d-norm2",
            Ex.Divide(Ex.Inner(n.Arg, d(n.Arg)), n)),
    };
}
