using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;

namespace MatrixCalculus.Calculus;

/// <summary>
/// d(·) pushed down by one rule per operator, as in the table of the course notes. The result is
/// linear in d(wrt), which is the only Differential node left in it.
/// </summary>
public sealed class Differentiator(Var wrt, RuleLog log)
{
    private readonly Expr dX = D(wrt);

    public Expr Differentiate(Expr e)
    {
        if (!e.Contains(wrt)) { log.Use("d-const"); return ZeroOf(e.Shape); }
        return e switch
        {
            // dX is the differential of the variable itself
            Var => dX,
            // d(A + B) = dA + dB
            Add a => Rule("d-add", Ex.Add(a.Terms.Select(Differentiate))),
            // d(A B C) = dA B C + A dB C + A B dC   (one term per factor)
            MatMul m => Rule("d-matmul", Ex.Add(m.Factors.Select((f, i) =>
                Ex.MatMul(m.Factors.Select((g, j) => j == i ? Differentiate(g) : g))))),
            // d(s A) = ds A + s dA
            Scale s => Rule("d-scale", Ex.Add(Ex.MatMul(Differentiate(s.Coefficient), s.Body), Ex.Scale(s.Coefficient, Differentiate(s.Body)))),
            // d(A / s) = dA / s - A ds / s²
            Divide q => Rule("d-quotient", Ex.Sub(
                Ex.Divide(Differentiate(q.Numerator), q.Denominator),
                Ex.Divide(Ex.MatMul(q.Numerator, Differentiate(q.Denominator)), Ex.Power(q.Denominator, Num(2))))),
            // d(Aᵀ) = (dA)ᵀ
            Transpose t => Rule("d-transpose", Ex.Transpose(Differentiate(t.Arg))),
            // d(A⁻¹) = -A⁻¹ dA A⁻¹
            Inverse i => Rule("d-inverse", Neg(Ex.MatMul(i, Differentiate(i.Arg), i))),
            Power p => PowerRule(p),
            // d tr A = tr dA
            Trace t => Rule("d-trace", Ex.Trace(Differentiate(t.Arg))),
            // d det A = det A tr(A⁻¹ dA)
            Det d => Rule("d-det", Ex.MatMul(d, Ex.Trace(Ex.MatMul(Ex.Inverse(d.Arg), Differentiate(d.Arg))))),
            // d log det A = tr(A⁻¹ dA)
            LogDet l => Rule("d-logdet", Ex.Trace(Ex.MatMul(Ex.Inverse(l.Arg), Differentiate(l.Arg)))),
            // d(A ⊙ B) = dA ⊙ B + A ⊙ dB
            Hadamard h => Rule("d-hadamard", Ex.Add(Ex.Hadamard(Differentiate(h.Left), h.Right), Ex.Hadamard(h.Left, Differentiate(h.Right)))),
            // d(A ./ B) = dA ./ B - A ⊙ dB ./ (B ⊙ B)
            HadamardDivide q => Rule("d-hadamard-divide", Ex.Sub(
                Ex.HadamardDivide(Differentiate(q.Left), q.Right),
                Ex.HadamardDivide(Ex.Hadamard(q.Left, Differentiate(q.Right)), Ex.ElementPower(q.Right, Num(2))))),
            ElementPower p => ElementPowerRule(p),
            // d(A ⊗ B) = dA ⊗ B + A ⊗ dB
            Kron k => Rule("d-kron", Ex.Add(Ex.Kron(Differentiate(k.Left), k.Right), Ex.Kron(k.Left, Differentiate(k.Right)))),
            // d log softmax(t) = dt - 1 softmax(t)ᵀ dt   (log softmax(t) = t - logsumexp(t) 1)
            Apply { Function: ElementFunction.Log, Arg: Softmax s } => Rule("d-log-softmax",
                Ex.Sub(Differentiate(s.Arg), Ex.MatMul(OnesOf(s.Shape), Ex.Transpose(s), Differentiate(s.Arg)))),
            // d f(A) = f'(A) ⊙ dA   (entrywise f)
            Apply a => Rule("d-elementwise", ElementwiseDerivatives.Differential(a, Differentiate(a.Arg))),
            // d sum(A) = sum(dA)
            Sum s => Rule("d-sum", Ex.Sum(Differentiate(s.Arg))),
            // d diag(v) = diag(dv)
            DiagMatrix d => Rule("d-diag", Ex.DiagMatrix(Differentiate(d.Vector))),
            // d diag(M) = diag(dM)
            DiagVector d => Rule("d-diag", Ex.DiagVector(Differentiate(d.Matrix))),
            // d vec(A) = vec(dA)
            Vec v => Rule("d-vec", Ex.Vec(Differentiate(v.Arg))),
            // d softmax(t) = s ⊙ dt - s ⟨s, dt⟩, s = softmax(t): for a vector, (diag(s) - s sᵀ) dt
            Softmax s => Rule("d-softmax", s.Arg.Shape.IsColumn
                ? Ex.MatMul(Ex.Sub(Ex.DiagMatrix(s), Ex.MatMul(s, Ex.Transpose(s))), Differentiate(s.Arg))
                : Ex.Sub(Ex.Hadamard(s, Differentiate(s.Arg)), Ex.MatMul(Ex.Inner(s, Differentiate(s.Arg)), s))),
            // d logsumexp(A) = ⟨exp(A - logsumexp(A)), dA⟩: softmax(a) for a vector; for a matrix the
            // same weights written so that exp never overflows where logsumexp itself is finite
            LogSumExp l => Rule("d-logsumexp", Ex.Inner(l.Arg.Shape.IsColumn
                ? Ex.Softmax(l.Arg)
                : Ex.Apply(ElementFunction.Exp, Ex.Sub(l.Arg, Ex.Scale(l, OnesOf(l.Arg.Shape)))), Differentiate(l.Arg))),
            Norm n => NormRule(n),
            // d⟨A, B⟩ = ⟨dA, B⟩ + ⟨A, dB⟩
            Inner i => Rule("d-inner", Ex.Add(Ex.Inner(Differentiate(i.Left), i.Right), Ex.Inner(i.Left, Differentiate(i.Right)))),
            _ => throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.NoDifferentialRule,
                $"no differential rule for {e}.", SourceSpan.None, "")),
        };
    }

    private Expr Rule(string name, Expr result)
    {
        log.Use(name);
        return result;
    }

    private Expr PowerRule(Power p)
    {
        if (!p.Base.Shape.IsScalar) return MatrixPower(p);
        // d ‖A‖^p = p ‖A‖^(p-2) ⟨A, dA⟩   (2-norm or Frobenius: avoids ‖A‖^(p-1)/‖A‖)
        if (p is { Base: Norm { Kind: NormKind.Two or NormKind.Frobenius } n, Exponent: Const k } && !k.Contains(wrt))
        {
            var inner = Ex.Inner(n.Arg, Differentiate(n.Arg));
            var rest = k.Value == 2 ? inner : Ex.Divide(inner, Ex.Power(n, Num(2 - k.Value)));
            return Rule("d-norm-power", Ex.Scale(k, rest));
        }
        if (!p.Exponent.Contains(wrt))
        {
            // d(s^p) = p s^(p-1) ds   (p constant)
            var lowered = p.Exponent is Const c ? Ex.Power(p.Base, Num(c.Value - 1)) : Ex.Power(p.Base, Ex.Sub(p.Exponent, One));
            return Rule("d-power", Ex.MatMul(p.Exponent, lowered, Differentiate(p.Base)));
        }
        // d(s^t) = s^t (log(s) dt + t ds / s)
        return Rule("d-power-general", Ex.MatMul(p, Ex.Add(
            Ex.MatMul(Ex.Apply(ElementFunction.Log, p.Base), Differentiate(p.Exponent)),
            Ex.Divide(Ex.MatMul(p.Exponent, Differentiate(p.Base)), p.Base))));
    }

    private Expr MatrixPower(Power p)
    {
        var k = (int)((Const)p.Exponent).Value;
        // A^-k = (A⁻¹)^k: differentiate the positive power of the inverse
        var @base = k < 0 ? Ex.Inverse(p.Base) : p.Base;
        var m = Math.Abs(k);
        var dBase = Differentiate(@base);
        // d(A^m) = Σ_{i=0}^{m-1} A^i dA A^(m-1-i)
        var terms = Enumerable.Range(0, m).Select(i =>
            Ex.MatMul(Ex.Power(@base, Num(i)), dBase, Ex.Power(@base, Num(m - 1 - i))));
        return Rule("d-matrix-power", Ex.Add(terms));
    }

    private Expr ElementPowerRule(ElementPower p)
    {
        if (p.Exponent.Contains(wrt))
            // d(A .^ t) = A .^ t ⊙ (log(A) dt + t dA ./ A)
            return Rule("d-elementwise-power", Ex.Hadamard(p, Ex.Add(
                Ex.MatMul(Ex.Apply(ElementFunction.Log, p.Base), Differentiate(p.Exponent)),
                Ex.Scale(p.Exponent, Ex.HadamardDivide(Differentiate(p.Base), p.Base)))));
        var lowered = p.Exponent is Const c ? Ex.ElementPower(p.Base, Num(c.Value - 1)) : Ex.ElementPower(p.Base, Ex.Sub(p.Exponent, One));
        // d(A .^ p) = p A .^ (p-1) ⊙ dA
        return Rule("d-elementwise-power", Ex.Scale(p.Exponent, Ex.Hadamard(lowered, Differentiate(p.Base))));
    }

    private Expr NormRule(Norm n) => n.Kind switch
    {
        // d‖A‖₁ = ⟨sign(A), dA⟩
        NormKind.One => Rule("d-norm1", Ex.Inner(Ex.Apply(ElementFunction.Sign, n.Arg), Differentiate(n.Arg))),
        // d‖A‖ = ⟨A, dA⟩ / ‖A‖   (2-norm of a vector, Frobenius of a matrix)
        _ => Rule(n.Kind == NormKind.Frobenius || !n.Arg.Shape.IsVector ? "d-normF" : "d-norm2",
            Ex.Divide(Ex.Inner(n.Arg, Differentiate(n.Arg)), n)),
    };
}
