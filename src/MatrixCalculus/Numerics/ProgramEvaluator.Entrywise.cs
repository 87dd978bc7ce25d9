using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Lowering;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

// Entrywise kernels: one pass over the storage, the domain checked in the same pass.
public static partial class ProgramEvaluator
{
    private static Matrix<double> Hadamard(HadamardProduct h, Run run)
    {
        var left = run[h.Left];
        var right = run[h.Right];
        Same(left, right, h.Source);
        var result = run.Pool.Take(left.RowCount, left.ColumnCount);
        left.PointwiseMultiply(right, result);
        return result;
    }

    private static Matrix<double> Quotient(HadamardQuotient h, Run run)
    {
        var left = run[h.Left];
        var right = run[h.Right];
        Same(left, right, h.Source);
        foreach (var x in Entries(right))
            if (x == 0) throw new EvaluationException(h.Source, $"elementwise division by zero in {h.Source}.");
        var result = run.Pool.Take(left.RowCount, left.ColumnCount);
        left.PointwiseDivide(right, result);
        return result;
    }

    private static Matrix<double> EntrywisePower(EntrywisePower p, Run run)
    {
        var value = run[p.Base];
        double exponent = Scalar(run[p.Exponent], p.Source);
        var source = Entries(value);
        foreach (var x in source) Evaluator.CheckPower(x, exponent, p.Source);
        var result = run.Pool.Take(value.RowCount, value.ColumnCount);
        var target = Entries(result);
        for (int k = 0; k < source.Length; k++) target[k] = Math.Pow(source[k], exponent);
        return result;
    }

    private static Matrix<double> Apply(ApplyFunction a, Run run)
    {
        var value = run[a.Arg];
        var source = Entries(value);
        foreach (var x in source)
            if (Evaluator.OutsideDomain(a.Function, x) is { } what)
                throw new EvaluationException(a.Source, $"{what} in {a.Source}.");
        var result = run.Pool.Take(value.RowCount, value.ColumnCount);
        var target = Entries(result);
        var function = a.Function;
        for (int k = 0; k < source.Length; k++) target[k] = Functions.Value(function, source[k]);
        return result;
    }
}
