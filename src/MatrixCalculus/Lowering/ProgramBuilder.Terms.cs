using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Lowering;

// One arm per node of Expr.cs, in its order. Unary reductions read a transposed operand in place
// where the transpose cannot change the value (Σ, ‖·‖, tr, det).
public sealed partial class ProgramBuilder
{
    private Operand Lower(Expr e)
    {
        if (shared.TryGetValue(e, out var done)) return done;
        return Remember(e, e switch
        {
            Var v => new(Input(v), false),
            Const c => Fresh(e, 0, (target, _) => new Fill(target, e, c.Value)),
            Zero => Fresh(e, 0, (target, _) => new Fill(target, e, 0)),
            Identity => Fresh(e, 0, (target, _) => new LoadIdentity(target, e)),
            Commutation k => Fresh(e, 0, (target, _) => new LoadCommutation(target, k)),
            Ones => Fresh(e, 0, (target, _) => new Fill(target, e, 1)),
            Add a => LowerSum(a),
            MatMul m => LowerProduct(m),
            Scale s => LowerScale(s),
            // (A/s)' = A'/s: the division keeps its operand's orientation.
            Divide d => LowerDivide(d),
            Transpose t => Lower(t.Arg).Flipped,
            Inverse i => Fresh(e, Plain(i.Arg), (target, a) => new InverseOf(target, e, a)),
            Power p => Fresh(e, (Plain(p.Base), Plain(p.Exponent)), (target, o) => new PowerOf(target, e, o.Item1, o.Item2)),
            Trace t => Fresh(e, Lower(t.Arg).Slot, (target, a) => new TraceOf(target, e, a)),
            Det d => Fresh(e, Lower(d.Arg).Slot, (target, a) => new DeterminantOf(target, e, a)),
            LogDet l => Fresh(e, Plain(l.Arg), (target, a) => new LogDeterminantOf(target, e, a)),
            Hadamard h => Fresh(e, (Plain(h.Left), Plain(h.Right)), (target, o) => new HadamardProduct(target, e, o.Item1, o.Item2)),
            HadamardDivide h => Fresh(e, (Plain(h.Left), Plain(h.Right)), (target, o) => new HadamardQuotient(target, e, o.Item1, o.Item2)),
            ElementPower p => Fresh(e, (Plain(p.Base), Plain(p.Exponent)), (target, o) => new EntrywisePower(target, e, o.Item1, o.Item2)),
            Kron k => Fresh(e, (Plain(k.Left), Plain(k.Right)), (target, o) => new KroneckerProduct(target, e, o.Item1, o.Item2)),
            // log of a batch of softmaxes straight from T, as the reference evaluator computes it.
            Apply { Function: ElementFunction.Log, Arg: SoftmaxAlong s } => Fresh(e, Plain(s.Arg), (target, t) => new BatchSoftmax(target, e, s.Along, t, Log: true)),
            Apply a => Fresh(e, Plain(a.Arg), (target, x) => new ApplyFunction(target, e, a.Function, x)),
            Sum s => Fresh(e, Lower(s.Arg).Slot, (target, a) => new SumOf(target, e, a)),
            DiagMatrix d => Fresh(e, Lower(d.Vector).Slot, (target, v) => new DiagonalMatrix(target, e, v)),
            DiagVector d => Fresh(e, Plain(d.Matrix), (target, m) => new DiagonalOf(target, e, m)),
            Vec v => Fresh(e, Plain(v.Arg), (target, a) => new Reshape(target, e, a)),
            Softmax s => Fresh(e, Plain(s.Arg), (target, a) => new SoftmaxOf(target, e, a)),
            LogSumExp l => Fresh(e, Lower(l.Arg).Slot, (target, a) => new LogSumExpOf(target, e, a)),
            SoftmaxAlong s => Fresh(e, Plain(s.Arg), (target, t) => new BatchSoftmax(target, e, s.Along, t, Log: false)),
            LogSumExpAlong l => Fresh(e, Plain(l.Arg), (target, t) => new BatchLogSumExp(target, e, l.Along, t)),
            Norm n => Fresh(e, Lower(n.Arg).Slot, (target, a) => new NormOf(target, e, n.Kind, a)),
            Inner i => LowerInner(i),
            Differential d => throw new InvalidOperationException($"a differential has no value; substitute a direction for it first: {d}."),
            _ => throw new InvalidOperationException($"the lowering has no case for {e.GetType().Name}."),
        });
    }

    private Slot Input(Var v)
    {
        // The direction of a per-basis loop is the loop's own value, not an input of the program.
        if (!v.Equals(loopDirection) && !inputs.Contains(v)) inputs.Add(v);
        return Emit(v.Shape, target => new LoadInput(target, v, v.Name));
    }

    // The operands are lowered (the argument is evaluated) before the target slot is numbered,
    // so slots count up in the order instructions run.
    private Operand Fresh<TOperands>(Expr e, TOperands operands, Func<Slot, TOperands, Instruction> make) =>
        new(Emit(e.Shape, target => make(target, operands)), false);

    // An instruction that keeps its operand's orientation: it works on the stored slot and its
    // result is read transposed when the operand was ((cA)' = cA', (A/s)' = A'/s).
    private Operand Keep(Operand arg, Expr e, Func<Slot, Instruction> make) =>
        new(Emit(Oriented(e.Shape, arg), make), arg.Transposed);

    private Operand LowerDivide(Divide d)
    {
        var numerator = Lower(d.Numerator);
        var denominator = Plain(d.Denominator);
        return Keep(numerator, d, target => new DivideBy(target, d, numerator.Slot, denominator));
    }

    private static Shape Oriented(Shape shape, Operand arg) => arg.Transposed ? shape.T : shape;

    // c·A: a constant coefficient is a number of the instruction, any other a scalar slot.
    private Operand LowerScale(Scale s)
    {
        if (InsideKronecker(s) is { } inside) return Lower(inside);
        double constant = 1;
        Expr? factor = null;
        Expr body = s;
        while (body is Scale scale)
        {
            if (scale.Coefficient is Const c) constant *= c.Value;
            else if (factor is null) factor = scale.Coefficient;
            else break;
            body = scale.Body;
        }
        var factorSlot = factor is null ? null : Plain(factor);
        var arg = Lower(body);
        return Keep(arg, s, target => new ScaleBy(target, s, constant, factorSlot, arg.Slot));
    }

    // c (A ⊗ B) R = ((cA) ⊗ B) R: the scalar scales an operand, not every entry of the Kronecker
    // product (-(X^-1 ⊗ X'^-1)K is one pass over n² entries, not n⁴).
    private static Expr? InsideKronecker(Scale s) => s.Body switch
    {
        Kron k => new Kron(new Scale(s.Coefficient, k.Left), k.Right),
        MatMul { Factors: var f } when f[0] is Kron k =>
            new MatMul(f.SetItem(0, new Kron(new Scale(s.Coefficient, k.Left), k.Right))),
        _ => null,
    };

    // ⟨A, B⟩ = ⟨A', B'⟩: two operands of the same orientation are read as stored.
    private Operand LowerInner(Inner i)
    {
        var left = Lower(i.Left);
        var right = Lower(i.Right);
        var (l, r) = left.Transposed == right.Transposed ? (left.Slot, right.Slot) : (Plain(i.Left), Plain(i.Right));
        return Fresh(i, (l, r), (target, o) => new InnerProduct(target, i, o.l, o.r));
    }
}
