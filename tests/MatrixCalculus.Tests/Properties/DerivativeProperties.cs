using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Support;
using Xunit.Abstractions;
using G = MatrixCalculus.Tests.Support.ExprGenerator;

namespace MatrixCalculus.Tests.Properties;

/// <summary>
/// Derivatives of random terms agree with central finite differences at random points: every kind
/// the identification produces (gradient, Jacobian, Hessian, Kronecker form, linear map). Failures
/// print the CsCheck seed and the case (f, the variable, the order, the point seed); long mode:
/// see <see cref="PropertyRun"/>.
/// </summary>
public class DerivativeProperties(ITestOutputHelper output)
{
    private static bool IsVector(Var v) => v.Shape.IsColumn;
    private static bool IsMatrix(Var v) => v.Shape.IsMatrix;
    private static bool IsScalar(Var v) => v.Shape.IsScalar;

    private void Check(string name, CsCheck.Gen<DerivativeCase> cases, double longShare) =>
        PropertyRun.Check(name, cases, DerivativeCheck.Run, PropertyRun.Iterations(150, longShare), output);

    [Fact]
    public void TheGradientOfAScalarFunctionOfAVectorAgreesWithFiniteDifferences() =>
        Check("gradient wrt a vector", G.Derivative(G.ScalarShape, IsVector, 1), 0.1);

    [Fact]
    public void TheGradientOfAScalarFunctionOfAMatrixAgreesWithFiniteDifferences() =>
        Check("gradient wrt a matrix", G.Derivative(G.ScalarShape, IsMatrix, 1), 0.1);

    [Fact]
    public void TheDerivativeOfAScalarFunctionOfAScalarAgreesWithFiniteDifferences() =>
        Check("derivative wrt a scalar", G.Derivative(G.ScalarShape, IsScalar, 1), 0.08);

    [Fact]
    public void TheJacobianOfAVectorFunctionOfAVectorAgreesWithFiniteDifferences() =>
        Check("Jacobian wrt a vector", G.Derivative(G.ColumnShape, IsVector, 1), 0.1);

    [Fact]
    public void TheDerivativeOfAMatrixOrVectorFunctionOfAnyVariableAgreesWithFiniteDifferences() =>
        Check("matrix or vector function wrt any variable", G.Derivative(CsCheck.Gen.OneOf(G.MatrixShape, G.ColumnShape), _ => true, 1), 0.08);

    [Fact]
    public void TheHessianOfAScalarFunctionOfAVectorAgreesWithFiniteDifferences() =>
        Check("Hessian wrt a vector", G.Derivative(G.ScalarShape, IsVector, 2), 0.1);

    [Fact]
    public void TheHessianOfAScalarFunctionOfAMatrixAsAMapAgreesWithFiniteDifferences() =>
        Check("Hessian wrt a matrix", G.Derivative(G.ScalarShape, IsMatrix, 2), 0.06);

    [Fact]
    public void TheSecondDerivativeOfAScalarFunctionOfAScalarAgreesWithFiniteDifferences() =>
        Check("second derivative wrt a scalar", G.Derivative(G.ScalarShape, IsScalar, 2), 0.04);
}
