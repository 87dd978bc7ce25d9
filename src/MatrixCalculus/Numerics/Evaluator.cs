using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// The value of a term at a point, as a MathNet matrix (a vector is n×1, a scalar 1×1). One arm
/// per node, in the order of Expr.cs. A value undefined at the point (log of a non-positive number,
/// a singular inverse, an overflow to ±∞ or NaN) throws <see cref="EvaluationException"/> naming
/// the smallest subexpression at fault; a shape disagreement is a bug (InvalidOperationException),
/// since the binder has checked shapes and the point reader has checked the values.
/// </summary>
public static partial class Evaluator
{
    /// <summary>The value of <paramref name="e"/> at the point <paramref name="env"/> (a vector is n×1, a scalar 1×1).</summary>
    public static Matrix<double> Evaluate(Expr e, Environment env)
    {
        var value = Node(e, env);
        CheckShape(e, value, env);
        // Children are checked before their parent, so the first non-finite value names the culprit.
        if (!value.Enumerate().All(double.IsFinite))
            throw new EvaluationException(e, $"{e} is not finite at this point (an overflow or an undefined value).");
        return value;
    }

    /// <summary>The value of a scalar term as a number.</summary>
    public static double EvaluateScalar(Expr e, Environment env) => Scalar(Evaluate(e, env), e);

    private static Matrix<double> Node(Expr e, Environment env) => e switch
    {
        Var v => Lookup(v, env),
        Const c => Number(c.Value),
        Zero z => Build.Dense(Size(z.Of.Rows, z, env), Size(z.Of.Cols, z, env)),
        Identity i => Build.DenseIdentity(Size(i.N, i, env)),
        Commutation k => CommutationMatrix(Size(k.M, k, env), Size(k.N, k, env)),
        Ones o => Build.Dense(Size(o.Of.Rows, o, env), Size(o.Of.Cols, o, env), 1.0),
        Add a => a.Terms.Skip(1).Aggregate(Evaluate(a.Terms[0], env), (sum, term) => sum + Same(sum, Evaluate(term, env), a)),
        MatMul m => Product(m, env),
        Scale s => Evaluate(s.Body, env) * EvaluateScalar(s.Coefficient, env),
        Divide d => DivideBy(d, env),
        Transpose t => Evaluate(t.Arg, env).Transpose(),
        Inverse i => Invert(Evaluate(i.Arg, env), i),
        Power p => Raise(p, env),
        Trace t => Number(Square(Evaluate(t.Arg, env), t).Trace()),
        Det d => Number(Square(Evaluate(d.Arg, env), d).Determinant()),
        LogDet l => Number(LogDeterminant(Square(Evaluate(l.Arg, env), l), l)),
        Hadamard h => PointwiseProduct(h, env),
        HadamardDivide h => DivideEntrywise(h, env),
        ElementPower p => RaiseEntrywise(p, env),
        Kron k => Evaluate(k.Left, env).KroneckerProduct(Evaluate(k.Right, env)),
        // log of a batch of softmaxes straight from T: softmax can underflow to 0 where its log is finite.
        Apply { Function: ElementFunction.Log, Arg: SoftmaxAlong s } => Batches.LogSoftmax(s.Along, Evaluate(s.Arg, env)),
        Apply a => ApplyFunction(a, Evaluate(a.Arg, env)),
        Sum s => Number(Evaluate(s.Arg, env).Enumerate().Sum()),
        DiagMatrix d => Build.DenseOfDiagonalArray(Column(Evaluate(d.Vector, env), d)),
        DiagVector d => Build.DenseOfColumnArrays(Square(Evaluate(d.Matrix, env), d).Diagonal().ToArray()),
        // vec stacks the columns: MathNet stores column-major, so vec is the storage order.
        Vec v => VecOf(Evaluate(v.Arg, env)),
        Softmax s => SoftmaxOf(Evaluate(s.Arg, env)),
        LogSumExp l => Number(LogSumExpOf(Evaluate(l.Arg, env))),
        SoftmaxAlong s => Batches.Softmax(s.Along, Evaluate(s.Arg, env)),
        LogSumExpAlong l => Batches.LogSumExp(l.Along, Evaluate(l.Arg, env)),
        Norm n => Number(NormOf(n.Kind, Evaluate(n.Arg, env))),
        Inner i => Number(InnerProduct(i, env)),
        Differential d => throw new InvalidOperationException($"a differential has no value; substitute a direction for it first: {d}."),
        _ => throw new InvalidOperationException($"the evaluator has no case for {e.GetType().Name}."),
    };

    private static MatrixBuilder<double> Build => Matrix<double>.Build;

    private static Matrix<double> Number(double value) => Build.Dense(1, 1, value);

    private static Matrix<double> Lookup(Var v, Environment env) =>
        env.TryGetValue(v.Name, out var value)
            ? value
            : throw new EvaluationException(v, $"the point gives no value for {v.Name}.", DiagnosticCode.Point);

    private static int Size(Dim dim, Expr e, Environment env) =>
        env.SizeOf(dim) ?? throw new EvaluationException(e, $"the size {dim} of {e} is not known at this point.", DiagnosticCode.Point);

    private static double Scalar(Matrix<double> value, Expr e) =>
        value is { RowCount: 1, ColumnCount: 1 }
            ? value[0, 0]
            : throw new InvalidOperationException($"{e} should be a scalar but has a {value.RowCount}×{value.ColumnCount} value.");

    // Returns right after checking it has left's shape.
    private static Matrix<double> Same(Matrix<double> left, Matrix<double> right, Expr e) =>
        left.RowCount == right.RowCount && left.ColumnCount == right.ColumnCount
            ? right
            : throw new InvalidOperationException($"operands of {e} have values of different shapes {left.RowCount}×{left.ColumnCount} and {right.RowCount}×{right.ColumnCount}.");

    private static Matrix<double> Square(Matrix<double> value, Expr e) =>
        value.RowCount == value.ColumnCount
            ? value
            : throw new InvalidOperationException($"{e} needs a square matrix but has a {value.RowCount}×{value.ColumnCount} value.");

    private static double[] Column(Matrix<double> value, Expr e) =>
        value.ColumnCount == 1
            ? value.Column(0).ToArray()
            : throw new InvalidOperationException($"{e} needs a column but has a {value.RowCount}×{value.ColumnCount} value.");

    // The value's shape must be the term's shape with the point's sizes; any other is a bug.
    private static void CheckShape(Expr e, Matrix<double> value, Environment env)
    {
        var rows = env.SizeOf(e.Shape.Rows);
        var cols = env.SizeOf(e.Shape.Cols);
        if ((rows is { } r && r != value.RowCount) || (cols is { } c && c != value.ColumnCount))
            throw new InvalidOperationException($"{e} has shape {e.Shape} but a {value.RowCount}×{value.ColumnCount} value at this point.");
    }
}
