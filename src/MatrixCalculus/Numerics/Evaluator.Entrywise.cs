using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

// Entrywise operations, reductions and reshapes.
public static partial class Evaluator
{
    private static Matrix<double> PointwiseProduct(Hadamard h, Environment env)
    {
        var left = Evaluate(h.Left, env);
        return left.PointwiseMultiply(Same(left, Evaluate(h.Right, env), h));
    }

    private static Matrix<double> DivideEntrywise(HadamardDivide h, Environment env)
    {
        var left = Evaluate(h.Left, env);
        var right = Same(left, Evaluate(h.Right, env), h);
        if (right.Enumerate().Any(x => x == 0))
            throw new EvaluationException(h, $"elementwise division by zero in {h}.");
        return left.PointwiseDivide(right);
    }

    private static Matrix<double> RaiseEntrywise(ElementPower p, Environment env)
    {
        var value = Evaluate(p.Base, env);
        double exponent = EvaluateScalar(p.Exponent, env);
        foreach (var x in value.Enumerate()) CheckPower(x, exponent, p);
        return value.Map(x => Math.Pow(x, exponent), MathNet.Numerics.LinearAlgebra.Zeros.Include);
    }

    // x^p is real only for x > 0, or x < 0 with p an integer, or x = 0 with p ≥ 0.
    internal static void CheckPower(double x, double exponent, Expr e)
    {
        if (x < 0 && !IsInteger(exponent))
            throw new EvaluationException(e, $"power of a negative value with a non-integer exponent in {e}.");
        if (x == 0 && exponent < 0)
            throw new EvaluationException(e, $"power of zero with a negative exponent in {e}.");
    }

    internal static bool IsInteger(double x) => x == Math.Round(x);

    private static Matrix<double> ApplyFunction(Apply a, Matrix<double> value)
    {
        foreach (var x in value.Enumerate())
            if (OutsideDomain(a.Function, x) is { } what)
                throw new EvaluationException(a, $"{what} in {a}.");
        return value.Map(x => Functions.Value(a.Function, x), MathNet.Numerics.LinearAlgebra.Zeros.Include);
    }

    // The real domains: log on (0, ∞), sqrt on [0, ∞), arcsin and arccos on [-1, 1].
    internal static string? OutsideDomain(ElementFunction f, double x) => f switch
    {
        ElementFunction.Log when x <= 0 => "log of a non-positive value",
        ElementFunction.Sqrt when x < 0 => "sqrt of a negative value",
        ElementFunction.Arcsin or ElementFunction.Arccos when Math.Abs(x) > 1 => $"{Functions.Name(f)} of a value outside [-1, 1]",
        _ => null,
    };

    // softmax(v) = exp(v - max v) / Σ exp(v - max v): the shift cancels and keeps exp from overflowing.
    internal static Matrix<double> SoftmaxOf(Matrix<double> value)
    {
        double max = value.Enumerate().Max();
        var shifted = value.Map(x => Math.Exp(x - max), MathNet.Numerics.LinearAlgebra.Zeros.Include);
        return shifted / shifted.Enumerate().Sum();
    }

    // logsumexp(v) = max v + log Σ exp(v - max v), exact and free of overflow.
    internal static double LogSumExpOf(Matrix<double> value)
    {
        double max = value.Enumerate().Max();
        return max + Math.Log(value.Enumerate().Sum(x => Math.Exp(x - max)));
    }

    // ‖v‖₂ of a vector and ‖A‖_F of a matrix are both sqrt(Σ aᵢⱼ²); ‖A‖₁ here is Σ |aᵢⱼ|
    // (not MathNet's L1Norm, which is the largest column sum).
    internal static double NormOf(NormKind kind, Matrix<double> value) => kind switch
    {
        NormKind.Two or NormKind.Frobenius => value.FrobeniusNorm(),
        NormKind.One => value.Enumerate().Sum(Math.Abs),
        _ => throw new InvalidOperationException($"the evaluator has no case for the norm {kind}."),
    };

    // ⟨A, B⟩ = tr(AᵀB) = Σ aᵢⱼ bᵢⱼ
    private static double InnerProduct(Inner i, Environment env)
    {
        var left = Evaluate(i.Left, env);
        return left.PointwiseMultiply(Same(left, Evaluate(i.Right, env), i)).Enumerate().Sum();
    }

    // vec stacks the columns; MathNet stores column-major, so vec is the storage order.
    private static Matrix<double> VecOf(Matrix<double> value) =>
        Build.DenseOfColumnMajor(value.RowCount * value.ColumnCount, 1, value.ToColumnMajorArray());
}
