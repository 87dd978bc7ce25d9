using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;
using static MatrixCalculus.Tests.Support.Symbols;
using F = MatrixCalculus.Terms.ElementFunction;

namespace MatrixCalculus.Tests.Calculus;

/// <summary>
/// One row per differential rule: a term that needs the rule, differentiated and checked against
/// central differences at random points of unequal sizes. A wrong rule fails here by its name.
/// </summary>
public class RuleSoundnessTests
{
    public static readonly TheoryData<string, Expr, Var> Rules = new()
    {
        { "d-add", Add(Inner(a, x), Inner(x, x)), x },
        { "d-matmul", MatMul(x.T, A, B, x), x },
        { "d-scale", MatMul(Inner(a, x), x), x },
        { "d-quotient", Divide(x, Inner(x, x)), x },
        { "d-transpose", Sum(MatMul(M, X.T)), X },
        { "d-inverse", Inverse(X), X },
        { "d-power", Power(Inner(a, x), Num(3)), x },
        { "d-power-general", Power(s, s), s },
        { "d-matrix-power", Power(X, Num(3)), X },
        { "d-matrix-power", Power(X, Num(-2)), X },
        { "d-trace", Trace(MatMul(A, X, B)), X },
        { "d-det", Det(X), X },
        { "d-logdet", LogDet(Xspd), Xspd },
        { "d-hadamard", Hadamard(x, Apply(F.Sin, x)), x },
        { "d-hadamard-divide", HadamardDivide(Apply(F.Sin, x), Apply(F.Exp, x)), x },
        { "d-elementwise-power", ElementPower(x, Num(3)), x },
        { "d-kron", Kron(X, A), X },
        { "d-sum", Sum(MatMul(M, X)), X },
        { "d-diag", DiagMatrix(Apply(F.Exp, x)), x },
        { "d-diag", DiagVector(MatMul(X, X)), X },
        { "d-vec", Vec(MatMul(X, W)), X },
        { "d-softmax", Softmax(MatMul(A, x)), x },
        { "d-logsumexp", LogSumExp(x), x },
        { "d-logsumexp", LogSumExp(MatMul(M, X)), X },
        { "d-softmax", Inner(M, SoftmaxAlong(Axis.Rows, MatMul(M, X))), X },
        { "d-softmax", Inner(M, SoftmaxAlong(Axis.Cols, MatMul(M, X))), X },
        { "d-log-softmax", Inner(M, Apply(F.Log, SoftmaxAlong(Axis.Rows, MatMul(M, X)))), X },
        { "d-log-softmax", Inner(M, Apply(F.Log, SoftmaxAlong(Axis.Cols, MatMul(M, X)))), X },
        { "d-logsumexp", Sum(Apply(F.Sin, LogSumExpAlong(Axis.Rows, MatMul(M, X)))), X },
        { "d-logsumexp", Sum(Apply(F.Sin, LogSumExpAlong(Axis.Cols, MatMul(M, X)))), X },
        { "d-norm2", Norm(NormKind.Two, x), x },
        { "d-normF", Norm(NormKind.Frobenius, MatMul(M, X)), X },
        { "d-norm1", Norm(NormKind.One, MatMul(A, x)), x },
        { "d-norm-power", Power(Norm(NormKind.Two, x), Num(1.5)), x },
        { "d-inner", Inner(MatMul(A, x), x), x },
    };

    public static readonly TheoryData<F> ElementFunctions = new(Enum.GetValues<F>());

    [Theory, MemberData(nameof(Rules))]
    public void EachDifferentialRuleAgreesWithFiniteDifferences(string rule, Expr f, Var wrt)
    {
        var d = Differentiation.Run(f, wrt);
        Assert.Contains(d.Steps, step => step.Rule.Split(", ").Contains(rule));
        AssertChecks(f, d);
    }

    [Theory, MemberData(nameof(ElementFunctions))]
    public void EachElementwiseDerivativeAgreesWithFiniteDifferences(F function)
    {
        // Arguments in (0.1, 0.9) keep arcsin, arccos, log and sqrt in their domains.
        var inner = Divide(Apply(F.Sigmoid, MatMul(A, x)), Num(1.1));
        var f = Apply(function, inner);
        var d = Differentiation.Run(f, x);
        Assert.Equal(DerivativeKind.Jacobian, d.Kind);
        AssertChecks(f, d);
    }

    internal static void AssertChecks(Expr f, Derivation d)
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var point = RandomPoint.Generate(f, f.Variables(), seed);
            var report = Checker.Check(f, d, point, seed);
            Assert.True(report.Passed, $"seed={seed}: relative error {report.MaxRelativeError:g3} for {f} wrt {d.Wrt.Name}, result {d.Result}");
        }
    }
}
