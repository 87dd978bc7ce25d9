using MatrixCalculus.Semantics;

namespace MatrixCalculus.Terms;

public static partial class Ex
{
    /// <summary>s·A. Invariants in the class comment: constants fold and come first; 0 and 1 vanish.</summary>
    public static Expr Scale(Expr coefficient, Expr body)
    {
        if (!coefficient.Shape.IsScalar)
            throw new InvalidOperationException($"Scale by a non-scalar {coefficient.Shape}.");
        if (coefficient is Scale { Body.Shape.IsScalar: true } inner)
            return Scale(inner.Coefficient, Scale(inner.Body, body));
        return (coefficient, body) switch
        {
            (_, Zero) => body,
            (Zero, _) => new Zero(body.Shape),
            (Const { Value: 0 }, _) => new Zero(body.Shape),
            (Const { Value: 1 }, _) => body,
            (Const a, Const b) => new Const(a.Value * b.Value),
            (Const a, Scale { Coefficient: Const b } s) => Scale(new Const(a.Value * b.Value), s.Body),
            (not Const, Scale { Coefficient: Const b } s) => Scale(b, Scale(coefficient, s.Body)),
            (not Const, Const b) => Scale(b, coefficient),
            _ => new Scale(coefficient, body),
        };
    }

    /// <summary>A / s. Division by a constant becomes scaling by its reciprocal.</summary>
    public static Expr Divide(Expr numerator, Expr denominator)
    {
        if (!denominator.Shape.IsScalar)
            throw new InvalidOperationException($"Divide by a non-scalar {denominator.Shape}.");
        return (numerator, denominator) switch
        {
            (Zero, _) => numerator,
            (_, Const { Value: 1 }) => numerator,
            (_, Const c) when c.Value != 0 => Scale(new Const(1 / c.Value), numerator),
            _ => new Divide(numerator, denominator),
        };
    }

    public static Expr Transpose(Expr a) => a switch
    {
        Transpose t => t.Arg,
        _ when a.Shape.IsScalar => a,
        Var v when v.Attributes.HasFlag(VarAttributes.Symmetric) => a,
        Identity => a,
        Zero z => new Zero(z.Of.T),
        Ones o => new Ones(o.Of.T),
        Scale s => Scale(s.Coefficient, Transpose(s.Body)),
        _ => new Transpose(a),
    };

    public static Expr Inverse(Expr a) => a switch
    {
        Inverse i => i.Arg,
        Identity => a,
        _ when a.Shape.IsScalar => Divide(One, a),
        _ => new Inverse(a),
    };

    public static Expr Power(Expr @base, Expr exponent) => (@base, exponent) switch
    {
        (_, Const { Value: 1 }) => @base,
        (_, Const { Value: 0 }) when @base.Shape.IsScalar => One,
        (_, Const { Value: 0 }) => new Identity(@base.Shape.Rows),
        (Const b, Const e) => new Const(Math.Pow(b.Value, e.Value)),
        // s^-1 is 1/s and A^-1 the inverse: one term for each, as the binder builds them
        (_, Const { Value: -1 }) => Inverse(@base),
        _ => new Power(@base, exponent),
    };

    public static Expr Trace(Expr a) => a switch
    {
        _ when a.Shape.IsScalar => a,
        Zero => ZeroScalar,
        Scale s => Scale(s.Coefficient, Trace(s.Body)),
        _ => new Trace(a),
    };

    public static Expr Det(Expr a) => a.Shape.IsScalar ? a : a is Identity ? One : new Det(a);
    public static Expr LogDet(Expr a) => a is Identity ? ZeroScalar : new LogDet(a);

    public static Expr Hadamard(Expr a, Expr b) => (a, b) switch
    {
        _ when a.Shape != b.Shape => throw new InvalidOperationException($"Hadamard of {a.Shape} and {b.Shape}."),
        (Zero, _) => a,
        (_, Zero) => b,
        (Ones, _) => b,
        (_, Ones) => a,
        (Scale s, _) => Scale(s.Coefficient, Hadamard(s.Body, b)),
        (_, Scale s) => Scale(s.Coefficient, Hadamard(a, s.Body)),
        _ when a.Shape.IsScalar => MatMul(a, b),
        _ => new Hadamard(a, b),
    };

    public static Expr HadamardDivide(Expr a, Expr b) => (a, b) switch
    {
        (Zero, _) => a,
        (_, Ones) => a,
        _ when a.Shape.IsScalar => Divide(a, b),
        _ => new HadamardDivide(a, b),
    };

    public static Expr ElementPower(Expr a, Expr p) => (a, p) switch
    {
        (_, Const { Value: 1 }) => a,
        _ when a.Shape.IsScalar => Power(a, p),
        _ => new ElementPower(a, p),
    };

    public static Expr Kron(Expr a, Expr b) => (a, b) switch
    {
        (Zero, _) or (_, Zero) => new Zero(new Kron(a, b).Shape),
        _ when a.Shape.IsScalar || b.Shape.IsScalar => MatMul(a, b),
        _ => new Kron(a, b),
    };

    public static Expr Apply(ElementFunction f, Expr a) => (f, a) switch
    {
        (ElementFunction.Log, Det d) => new LogDet(d.Arg),
        (_, Const c) => new Const(Functions.Value(f, c.Value)),
        _ => new Apply(f, a),
    };

    public static Expr Sum(Expr a) => a switch
    {
        _ when a.Shape.IsScalar => a,
        Zero => ZeroScalar,
        Scale s => Scale(s.Coefficient, Sum(s.Body)),
        _ => new Sum(a),
    };

    // diag, diag and vec are linear: a scalar factor comes out in front, diag(s v) = s diag(v).
    public static Expr DiagMatrix(Expr v) => v switch
    {
        Zero => new Zero(Shape.Square(v.Shape.Rows)),
        Scale s => Scale(s.Coefficient, DiagMatrix(s.Body)),
        _ => new DiagMatrix(v),
    };

    public static Expr DiagVector(Expr m) => m switch
    {
        Zero => new Zero(Shape.Column(m.Shape.Rows)),
        Scale s => Scale(s.Coefficient, DiagVector(s.Body)),
        _ => new DiagVector(m),
    };

    public static Expr Vec(Expr a) => a switch
    {
        _ when a.Shape.IsColumn || a.Shape.IsScalar => a,
        Scale s => Scale(s.Coefficient, Vec(s.Body)),
        _ => new Vec(a),
    };
    public static Expr Softmax(Expr a) => new Softmax(a);
    public static Expr LogSumExp(Expr a) => new LogSumExp(a);
    public static Expr SoftmaxAlong(Axis along, Expr a) => new SoftmaxAlong(along, a);
    public static Expr LogSumExpAlong(Axis along, Expr a) => new LogSumExpAlong(along, a);
    public static Expr Norm(NormKind kind, Expr a) => new Norm(kind, a);

    public static Expr Inner(Expr a, Expr b) => (a, b) switch
    {
        _ when a.Shape != b.Shape => throw new InvalidOperationException($"Inner product of {a.Shape} and {b.Shape}."),
        (Zero, _) or (_, Zero) => ZeroScalar,
        (Scale s, _) => Scale(s.Coefficient, Inner(s.Body, b)),
        (_, Scale s) => Scale(s.Coefficient, Inner(a, s.Body)),
        // ⟨Aᵀ, Bᵀ⟩ = ⟨A, B⟩
        (Transpose ta, Transpose tb) => Inner(ta.Arg, tb.Arg),
        _ when a.Shape.IsScalar => MatMul(a, b),
        _ => new Inner(a, b),
    };

    public static Expr D(Expr a) => new Differential(a);
    public static Var Symbol(string name, Shape shape, VarAttributes attributes = VarAttributes.None) => new(name, shape, attributes);
    public static Expr Eye(Dim n) => n.IsOne ? One : new Identity(n);
    /// <summary>
    /// K_{m,n}, with K_{1,n} = K_{m,1} = I. A product size is split into commutation matrices of
    /// its factors, so every K in a term has plain sizes (as I_{ab} prints kron(I_a, I_b)):
    /// K_{ab,c} = (I_b ⊗ K_{a,c})(K_{b,c} ⊗ I_a) and K_{c,ab} = (K_{c,b} ⊗ I_a)(I_b ⊗ K_{c,a}).
    /// </summary>
    public static Expr Commutation(Dim m, Dim n)
    {
        if (m.IsOne || n.IsOne) return Eye(DimOps.Times(m, n));
        if (Split(m) is var (a, b))
            return MatMul(Kron(Eye(b), Commutation(a, n)), Kron(Commutation(b, n), Eye(a)));
        if (Split(n) is var (c, d))
            return MatMul(Kron(Commutation(m, d), Eye(c)), Kron(Eye(d), Commutation(m, c)));
        return new Commutation(m, n);
    }

    // n·m·k → (n, m·k): the first factor of a product size and the rest (2·n → (2, n), 2 a size).
    private static (Dim Head, Dim Tail)? Split(Dim d) =>
        d is Dim.Named { Name: var name } && name.IndexOf('·') is var i and > 0
            ? (Factor(name[..i]), Factor(name[(i + 1)..]))
            : null;

    private static Dim Factor(string name) =>
        int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int size) ? Dim.Of(size) : Dim.Of(name);

    public static Expr OnesOf(Shape s) => s.IsScalar ? One : new Ones(s);
    public static Expr ZeroOf(Shape s) => new Zero(s);
}
