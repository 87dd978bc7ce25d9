using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Semantics;

internal sealed partial class TermBuilder
{
    private Expr Call(CallSyntax syntax)
    {
        var builtin = Builtins.Find(syntax.Function) ?? throw new InvalidOperationException($"unknown function {syntax.Function}");
        if (builtin.Arity == 0) return Nullary(syntax);
        var a = Build(syntax.Arguments[0]);
        return builtin.Kind switch
        {
            BuiltinKind.Trace => Ex.Trace(a),
            BuiltinKind.Det => Ex.Det(a),
            // logdet of a 1×1 is the log of the number.
            BuiltinKind.LogDet => a.Shape.IsScalar ? Ex.Apply(ElementFunction.Log, a) : Ex.LogDet(a),
            BuiltinKind.Inverse => Ex.Inverse(a),
            BuiltinKind.Diag => Diag(a),
            BuiltinKind.Sum => Ex.Sum(a),
            BuiltinKind.Vec => Ex.Vec(a),
            // log(det X) becomes log det X inside Ex.Apply.
            BuiltinKind.Elementwise => Ex.Apply(builtin.Function, a),
            BuiltinKind.Softmax => Ex.Softmax(a),
            BuiltinKind.LogSumExp => Ex.LogSumExp(a),
            BuiltinKind.SoftmaxAlong => Ex.SoftmaxAlong(builtin.Along, a),
            // log-softmax is log of softmax as a term (one d-rule and one stable evaluation serve both spellings).
            BuiltinKind.LogSoftmaxAlong => Ex.Apply(ElementFunction.Log, Ex.SoftmaxAlong(builtin.Along, a)),
            BuiltinKind.LogSoftmax => Ex.Apply(ElementFunction.Log, Ex.Softmax(a)),
            BuiltinKind.LogSumExpAlong => Ex.LogSumExpAlong(builtin.Along, a),
            BuiltinKind.Norm1 => Ex.Norm(NormKind.One, a),
            BuiltinKind.Norm2 => Ex.Norm(NormKind.Two, a),
            BuiltinKind.Kron => Kron(a, Build(syntax.Arguments[1])),
            // vector(c), matrix(c): c·1 of the inferred shape.
            BuiltinKind.VectorOf or BuiltinKind.MatrixOf => Broadcast(a, ShapeOf(syntax)),
            _ => throw new InvalidOperationException($"no term for {builtin.Kind}"),
        };
    }

    // s ⊗ B = s B
    private static Expr Kron(Expr a, Expr b) => a.Shape.IsScalar || b.Shape.IsScalar ? Product(a, b) : Ex.Kron(a, b);

    private Expr Nullary(CallSyntax syntax)
    {
        var shape = ShapeOf(syntax);
        return syntax.Function == "eye" ? Ex.Eye(shape.Rows) : Ex.OnesOf(shape);
    }

    // diag(v) is the diagonal matrix of a vector (a row is read as its column); diag(A) the diagonal of A.
    private static Expr Diag(Expr a) => a.Shape switch
    {
        { IsScalar: true } => a,
        { IsColumn: true } => Ex.DiagMatrix(a),
        { IsRow: true } => Ex.DiagMatrix(Ex.Transpose(a)),
        _ => Ex.DiagVector(a),
    };
}
