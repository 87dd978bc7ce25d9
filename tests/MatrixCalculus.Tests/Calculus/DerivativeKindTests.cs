using MatrixCalculus.Calculus;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;
using static MatrixCalculus.Tests.Support.Symbols;
using F = MatrixCalculus.Terms.ElementFunction;

namespace MatrixCalculus.Tests.Calculus;

/// <summary>
/// Every kind of derivative the identification produces (gradient, Jacobian, Kronecker form,
/// linear map, Hessian as a matrix or as a map), each checked against central differences.
/// </summary>
public class DerivativeKindTests
{
    private static readonly Var Ysym = Symbol("Y", Shape.Square(n), VarAttributes.Symmetric);

    public static readonly TheoryData<string, Expr, Var, int, DerivativeKind, bool> Cases = new()
    {
        // name, f, wrt, order, kind, given as a map of a direction V
        { "gradient of a scalar wrt a vector", MatMul(x.T, A, x), x, 1, DerivativeKind.Gradient, false },
        { "gradient wrt a symmetric matrix", MatMul(a.T, Ysym, a), Ysym, 1, DerivativeKind.Gradient, false },
        { "gradient through vec of a matrix", Sum(Vec(MatMul(X, W))), X, 1, DerivativeKind.Gradient, false },
        { "gradient through a Kronecker product of matrices", Sum(Kron(X, X)), X, 1, DerivativeKind.Gradient, false },
        { "derivative wrt a scalar", MatMul(s, Apply(F.Sin, s)), s, 1, DerivativeKind.Derivative, false },
        { "Jacobian of a vector wrt a vector", Softmax(MatMul(A, x)), x, 1, DerivativeKind.Jacobian, false },
        { "Jacobian of a vector wrt a scalar", Scale(s, MatMul(A, x)), s, 1, DerivativeKind.Jacobian, false },
        { "Kronecker form of AXB", MatMul(M, X, W), X, 1, DerivativeKind.Derivative, false },
        { "Kronecker form of an inverse", Inverse(X), X, 1, DerivativeKind.Derivative, false },
        { "Kronecker form of a vector wrt a matrix", MatMul(X, a), X, 1, DerivativeKind.Derivative, false },
        { "Kronecker form of a matrix wrt a vector", MatMul(x, a.T), x, 1, DerivativeKind.Derivative, false },
        { "Kronecker form through a transpose (commutation matrix)", MatMul(X.T, X), X, 1, DerivativeKind.Derivative, false },
        { "Hessian wrt a vector", MatMul(x.T, A, x), x, 2, DerivativeKind.Hessian, false },
        { "Hessian of a norm power", Power(Norm(NormKind.Two, x), Num(3)), x, 2, DerivativeKind.Hessian, false },
        { "Hessian of logsumexp", LogSumExp(MatMul(A, x)), x, 2, DerivativeKind.Hessian, false },
        { "second derivative wrt a scalar", Apply(F.Exp, MatMul(s, s)), s, 2, DerivativeKind.Hessian, false },
        { "Hessian wrt a symmetric matrix as a map", LogDet(Xspd), Xspd, 2, DerivativeKind.Hessian, true },
        { "Hessian wrt a matrix in Kronecker form", LogDet(X), X, 2, DerivativeKind.Hessian, false },
        { "Hessian of a trace wrt a matrix", Trace(MatMul(X.T, A, X)), X, 2, DerivativeKind.Hessian, false },
        { "Hessian through tr(A ⊗ B) = tr(A) tr(B)", Power(Trace(Kron(X, A)), Num(2)), X, 2, DerivativeKind.Hessian, false },
        { "Hessian of a vector function through a row", Norm(NormKind.Frobenius, x.T), x, 2, DerivativeKind.Hessian, false },
    };

    [Theory, MemberData(nameof(Cases))]
    public void EachKindOfDerivativeAgreesWithFiniteDifferences(string name, Expr f, Var wrt, int order, DerivativeKind kind, bool isMap)
    {
        var d = Differentiation.Run(f, wrt, order);
        Assert.True(kind == d.Kind, $"{name}: kind {d.Kind}");
        Assert.Equal(isMap, d.Direction is not null);
        RuleSoundnessTests.AssertChecks(f, d);
    }

    [Fact]
    public void AHessianThroughKroneckerProductsOfTheVariableIsClosed()
    {
        // ⟨C, A ⊗ dX⟩ pulls back to (1' ⊗ I)((A ⊗ 11') ⊙ C)(1 ⊗ I): no map, no bilinear form, wrt a matrix or a vector
        var d = Differentiation.Run(Sum(Kron(X, X)), X, 2);
        Assert.Null(d.Direction);
        Assert.Null(d.SecondDirection);
        RuleSoundnessTests.AssertChecks(Sum(Kron(X, X)), d);
        var vector = Differentiation.Run(Trace(Kron(MatMul(x, x.T), A)), x, 2);
        Assert.Null(vector.Direction);
        RuleSoundnessTests.AssertChecks(Trace(Kron(MatMul(x, x.T), A)), vector);
    }

    [Fact]
    public void ADeliberatelyWrongDerivativeFailsTheCheck()
    {
        var f = MatMul(x.T, A, x);
        var right = Differentiation.Run(f, x);
        var wrong = right with { Result = MatMul(A, x) };
        var point = Numerics.RandomPoint.Generate(f, f.Variables(), 7);
        var report = Checker.Check(f, wrong, point, 7);
        Assert.False(report.Passed);
        Assert.True(report.MaxRelativeError > 1e-2);
    }

    [Fact]
    public void TheSymmetricGradientStatesItsConvention()
    {
        var d = Differentiation.Run(LogDet(Xspd), Xspd);
        Assert.Equal(Differentiation.SymmetricConvention, d.Convention);
        Assert.Equal(Inverse(Xspd), d.Result);
    }

    [Fact]
    public void AHessianOfAVectorFunctionIsRefused()
    {
        var error = Assert.Throws<MatrixCalculus.Syntax.MatrixCalculusException>(() => Differentiation.Run(MatMul(A, x), x, 2));
        Assert.Equal("the Hessian needs a scalar function, but f is n×1.", error.Diagnostic.Message);
    }
}
