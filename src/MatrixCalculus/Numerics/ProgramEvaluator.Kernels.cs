using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Lowering;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

// One kernel per instruction, in the order of Lowering/Instructions.cs. Domain errors keep the
// tree evaluator's messages (its helpers are called where they exist).
public static partial class ProgramEvaluator
{
    private static Matrix<double> Kernel(Instruction instruction, Run run) => instruction switch
    {
        LoadInput l => Load(l, run),
        Fill f => FillKernel(f, run),
        LoadIdentity i => Matrix<double>.Build.DenseIdentity(Size(i.Target.Shape.Rows, i.Source, run.Env)),
        LoadCommutation k => Evaluator.CommutationMatrix(Size(k.Matrix.M, k.Matrix, run.Env), Size(k.Matrix.N, k.Matrix, run.Env)),
        Combine c => Sum(c, run),
        ScaleBy s => Scale(s, run),
        DivideBy d => Divide(d, run),
        MatrixProduct p => Product(p, run),
        CommuteRows c => CommuteRows(c, run),
        CommuteColumns c => CommuteColumns(c, run),
        ScaleRows s => ScaleRows(s, run),
        ScaleColumns s => ScaleColumns(s, run),
        AddDiagonal a => AddDiagonal(a, run),
        OuterProduct o => Outer(o, run),
        TransposeOf t => run[t.Arg].Transpose(),
        InverseOf v => Evaluator.Invert(Square(run[v.Arg], v.Source), v.Source),
        PowerOf p => Evaluator.RaiseValue(run[p.Base], Scalar(run[p.Exponent], p.Source), p.Base.Shape.IsScalar, p.Source),
        KroneckerProduct k => Kronecker(k, run),
        TraceOf t => Number(Square(run[t.Arg], t.Source).Trace()),
        DeterminantOf d => Number(Square(run[d.Arg], d.Source).Determinant()),
        LogDeterminantOf l => Number(Evaluator.LogDeterminant(Square(run[l.Arg], l.Source), l.Source)),
        SumOf s => Number(Sum(run[s.Arg])),
        InnerProduct p => Number(Inner(run[p.Left], run[p.Right], p.Source)),
        LogSumExpOf l => Number(Evaluator.LogSumExpOf(run[l.Arg])),
        NormOf n => Number(Evaluator.NormOf(n.Kind, run[n.Arg])),
        HadamardProduct h => Hadamard(h, run),
        HadamardQuotient h => Quotient(h, run),
        EntrywisePower p => EntrywisePower(p, run),
        ApplyFunction a => Apply(a, run),
        SoftmaxOf s => Evaluator.SoftmaxOf(run[s.Arg]),
        BatchSoftmax s => s.Log ? Batches.LogSoftmax(s.Along, run[s.Arg]) : Batches.Softmax(s.Along, run[s.Arg]),
        BatchLogSumExp l => Batches.LogSumExp(l.Along, run[l.Arg]),
        DiagonalMatrix d => Matrix<double>.Build.DenseOfDiagonalArray(Entries(run[d.Vector])),
        DiagonalOf d => Matrix<double>.Build.DenseOfColumnArrays(Square(run[d.Matrix], d.Source).Diagonal().ToArray()),
        Reshape r => Reshaped(r, run),
        AssembleLinearMap m => Assemble(m, run),
        BasisColumns b => PerBasis(b, run),
        _ => throw new InvalidOperationException($"the program evaluator has no kernel for {instruction.GetType().Name}."),
    };

    private static Matrix<double> Number(double value) => Matrix<double>.Build.Dense(1, 1, value);

    private static Matrix<double> FillKernel(Fill f, Run run)
    {
        int rows = Size(f.Target.Shape.Rows, f.Source, run.Env), cols = Size(f.Target.Shape.Cols, f.Source, run.Env);
        return f.Value == 0 ? Matrix<double>.Build.Dense(rows, cols) : Matrix<double>.Build.Dense(rows, cols, f.Value);
    }

    private static double Scalar(Matrix<double> value, Expr e) =>
        value is { RowCount: 1, ColumnCount: 1 }
            ? value[0, 0]
            : throw new InvalidOperationException($"{e} should be a scalar but has a {value.RowCount}×{value.ColumnCount} value.");

    private static Matrix<double> Square(Matrix<double> value, Expr e) =>
        value.RowCount == value.ColumnCount
            ? value
            : throw new InvalidOperationException($"{e} needs a square matrix but has a {value.RowCount}×{value.ColumnCount} value.");

    // The column-major entries: the storage itself for a dense matrix, a copy otherwise.
    private static double[] Entries(Matrix<double> m) => m.AsColumnMajorArray() ?? m.ToColumnMajorArray();

    private static void Same(Matrix<double> a, Matrix<double> b, Expr e)
    {
        if (a.RowCount != b.RowCount || a.ColumnCount != b.ColumnCount)
            throw new InvalidOperationException($"operands of {e} have values of different shapes {a.RowCount}×{a.ColumnCount} and {b.RowCount}×{b.ColumnCount}.");
    }

    private static double Sum(Matrix<double> m)
    {
        double total = 0;
        foreach (var x in Entries(m)) total += x;
        return total;
    }

    // ⟨A, B⟩ = Σ aᵢⱼ bᵢⱼ
    private static double Inner(Matrix<double> a, Matrix<double> b, Expr e)
    {
        Same(a, b, e);
        var x = Entries(a);
        var y = Entries(b);
        double total = 0;
        for (int k = 0; k < x.Length; k++) total += x[k] * y[k];
        return total;
    }

    // vec and any reshape: the column-major entries, read into the target's shape.
    private static Matrix<double> Reshaped(Reshape r, Run run)
    {
        var arg = run[r.Arg];
        int rows = run.Env.SizeOf(r.Target.Shape.Rows) ?? arg.RowCount * arg.ColumnCount;
        int cols = arg.RowCount * arg.ColumnCount / Math.Max(rows, 1);
        return Matrix<double>.Build.Dense(rows, cols, (double[])Entries(arg).Clone());
    }
}
