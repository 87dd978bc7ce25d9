using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Semantics;

// Shape rules of norms, inner products and function calls.
internal sealed partial class Inference
{
    private Inferred Norm(NormSyntax syntax)
    {
        var argument = Infer(syntax.Argument);
        var kind = NormSubscript(syntax);
        if (kind == "2") RequireNotMatrix(argument, syntax.Argument.Span, syntax.Span);
        return Scalar;
    }

    /// <summary>"2" (also no subscript), "F" or "1"; anything else is a syntax error.</summary>
    internal string NormSubscript(NormSyntax syntax) => syntax.Subscript?.Trim('{', '}') switch
    {
        null => "",
        "2" => "2",
        "F" or "f" => "F",
        "1" => "1",
        var other => throw Error(DiagnosticCode.Syntax, $"unknown norm ||·||_{other}; expected ||·||_1, ||·||_2 or ||·||_F.", syntax.Span),
    };

    // ||X||_2 of a matrix is the spectral norm, which has no differential rule here.
    private void RequireNotMatrix(Inferred argument, SourceSpan argumentSpan, SourceSpan at)
    {
        if (Dims.IsOne(argument.Shape.Rows) || Dims.IsOne(argument.Shape.Cols)) return;
        var text = Text(argumentSpan);
        throw Error(DiagnosticCode.NotVector,
            $"the spectral norm of a matrix is not supported: {text} is {Show(argument.Shape)}; use ||{text}||_F for the Frobenius norm.", at);
    }

    // <A, B> = tr(AᵀB) needs one shape.
    private Inferred Inner(InnerSyntax syntax)
    {
        var left = Infer(syntax.Left);
        var right = Infer(syntax.Right);
        var operands = new Operands(left, syntax.Left.Span, right, syntax.Right.Span, CommaSpan(syntax));
        if (IsScalar(left) && IsScalar(right)) return Scalar;
        if (!IsScalar(left) && !IsScalar(right) && UnifyShapes(left.Shape, right.Shape))
        {
            RecordVectorUses(operands);
            return Scalar;
        }
        // Only when one side is a scalar can making the other one a scalar help.
        var demotable = IsScalar(left) ? operands with { Left = left with { Candidates = null } }
            : IsScalar(right) ? operands with { Right = right with { Candidates = null } }
            : operands with { Left = left with { Candidates = null }, Right = right with { Candidates = null } };
        DemoteOrFail(demotable, DiagnosticCode.ShapeMismatch, "cannot take the inner product of {0} and {1}.");
        return Scalar;
    }

    private SourceSpan CommaSpan(InnerSyntax syntax)
    {
        int from = syntax.Left.Span.End, to = Math.Min(syntax.Right.Span.Start, source.Length);
        int comma = from < to ? source.IndexOf(',', from, to - from) : -1;
        return comma < 0 ? syntax.Span : SourceSpan.At(source, comma, 1);
    }

    private Inferred Call(CallSyntax syntax)
    {
        var builtin = Builtins.Find(syntax.Function)
            ?? throw Error(DiagnosticCode.UnknownFunction, $"unknown function {syntax.Function}.", syntax.NameSpan);
        if (syntax.Arguments.Count != builtin.Arity)
            throw Error(DiagnosticCode.Syntax, $"{syntax.Function} takes {Count(builtin.Arity)}, but {Count(syntax.Arguments.Count)} {(syntax.Arguments.Count == 1 ? "was" : "were")} given.", syntax.Span);
        if (builtin.Arity == 0) return Nullary(builtin.Kind);
        var first = Infer(syntax.Arguments[0]);
        var firstSpan = syntax.Arguments[0].Span;
        switch (builtin.Kind)
        {
            case BuiltinKind.Trace or BuiltinKind.Det or BuiltinKind.LogDet:
                RequireSquare(first, firstSpan, syntax, "a square matrix");
                return Scalar;
            case BuiltinKind.Inverse:
                RequireSquare(first, firstSpan, syntax, "a square matrix");
                return first;
            case BuiltinKind.Diag: return Diag(first, firstSpan, syntax);
            case BuiltinKind.Sum or BuiltinKind.LogSumExp or BuiltinKind.Norm1: return Scalar;
            case BuiltinKind.Norm2:
                RequireNotMatrix(first, firstSpan, syntax.Span);
                return Scalar;
            case BuiltinKind.Vec:
                return IsScalar(first) ? Scalar : new(new(Dims.Times(first.Shape.Rows, first.Shape.Cols), Dims.One), null);
            case BuiltinKind.Elementwise: return first;
            case BuiltinKind.Softmax or BuiltinKind.LogSoftmax: return Softmax(first, firstSpan, syntax);
            // A batch keeps the matrix's shape; logsumexp of each row is a column, of each column a row.
            case BuiltinKind.SoftmaxAlong or BuiltinKind.LogSoftmaxAlong: return first with { Candidates = null };
            case BuiltinKind.LogSumExpAlong:
                return builtin.Along == Axis.Rows ? new(new(first.Shape.Rows, Dims.One), null) : new(new(Dims.One, first.Shape.Cols), null);
            case BuiltinKind.Kron: return Kron(first, Infer(syntax.Arguments[1]));
            case BuiltinKind.VectorOf or BuiltinKind.MatrixOf:
                RequireScalar(first, syntax.NameSpan, DiagnosticCode.NotScalar,
                    () => $"{syntax.Function} needs a scalar argument, but {Describe(firstSpan, first)} is not one.");
                return new(new(Dims.Fresh(), builtin.Kind == BuiltinKind.VectorOf ? Dims.One : Dims.Fresh()), null);
            default: throw new InvalidOperationException($"no shape rule for {builtin.Kind}");
        }
    }

    private static string Count(int n) => n == 1 ? "1 argument" : $"{n} arguments";

    private void RequireSquare(Inferred argument, SourceSpan argumentSpan, CallSyntax call, string what)
    {
        if (IsScalar(argument) || Dims.Unify(argument.Shape.Rows, argument.Shape.Cols)) return;
        throw Error(DiagnosticCode.NotSquare,
            $"{call.Function} needs {what}, but {Text(argumentSpan)} is {Show(argument.Shape)}.", call.NameSpan);
    }

    // diag(v) of a vector is n×n; diag(A) of a square matrix is its diagonal, n×1.
    private Inferred Diag(Inferred argument, SourceSpan argumentSpan, CallSyntax call)
    {
        if (IsScalar(argument)) return Scalar;
        if (Dims.IsOne(argument.Shape.Cols)) return Square(argument.Shape.Rows);
        if (Dims.IsOne(argument.Shape.Rows)) return Square(argument.Shape.Cols);
        RequireSquare(argument, argumentSpan, call, "a vector or a square matrix");
        return new(new(argument.Shape.Rows, Dims.One), null);
    }

    // softmax of a matrix: say which names take one.
    private static string BatchHint(CallSyntax call) =>
        $"; {call.Function}_rows or {call.Function}_cols applies it to each row or each column of a matrix";

    private Inferred Softmax(Inferred argument, SourceSpan argumentSpan, CallSyntax call)
    {
        if (!Dims.IsOne(argument.Shape.Cols) || Dims.IsOne(argument.Shape.Rows))
            throw Error(DiagnosticCode.NotVector,
                $"{call.Function} needs a column vector, but {Text(argumentSpan)} is {Show(argument.Shape)}{BatchHint(call)}.", call.NameSpan);
        RecordVectorUse(argument, argumentSpan);
        return argument with { Candidates = null };
    }
}
