using MatrixCalculus.Printing;

namespace MatrixCalculus.Tests.Steps;

/// <summary>Derivations exactly as <c>matcalc diff --steps</c> prints them, for the notes' examples.</summary>
public class DerivationTextTests
{
    private static string Text(string expression, string wrt, string? declarations = null, int order = 1) =>
        DerivationText.Print(Derive.Run(expression, wrt, declarations, order));

    [Fact]
    public void TheQuadraticFormReadsAsInTheNotes()
    {
        Assert.Equal(
            """
            d(x'Ax) = d(x') Ax + x'A dx   [d-matmul, d-const]
                    = dx'Ax + x'A dx      [d-transpose]
                    = <(A + A')x, dx>     [transpose-scalar, identify]
            ∇_x f = (A + A')x
            """, Text("x'Ax", "x"));
    }

    [Fact]
    public void LogDetIsOneRuleThenTheIdentification()
    {
        Assert.Equal(
            """
            d(log det X) = tr(X^-1 dX)   [d-logdet]
                         = <X'^-1, dX>   [identify]
            ∇_X f = X'^-1
            """, Text("log det X", "X"));
    }

    [Fact]
    public void ASymmetricVariableTakesTheSymmetricPartOnTheResultLine()
    {
        Assert.Equal(
            """
            d(log det X) = tr(X^-1 dX)   [d-logdet]
                         = <X^-1, dX>    [identify]
            ∇_X f = X^-1                 [symmetric-part]
            """, Text("log det X", "X", "X: n x n spd"));
    }

    [Fact]
    public void LeastSquaresPassesDThroughTheConstantsInTheSameLineAsTheRuleBeforeThem()
    {
        Assert.Equal(
            """
            d((1/N)||Xw - y||^2) = 2(1/N)<Xw - y, d(Xw - y)>   [d-scale, d-const, d-norm-power]
                                 = 2(1/N)<Xw - y, X dw>        [d-add, d-const, d-matmul]
                                 = 2<Xw - y, X dw>/N           [gather-scalars]
                                 = (2/N)<X'(Xw - y), dw>       [identify]
            ∇_w f = (2/N)X'(Xw - y)
            """, Text("(1/N)||Xw - y||^2", "w"));
    }

    [Fact]
    public void TheLogisticLossNamesTheSigmoidOnceBeforeTheChainAndShowsOneRulePerSimplifierLine()
    {
        Assert.Equal(
            """
            where T_1 = σ(Xw)
            where T_2 = 1 - T_1
            where T_3 = T_1 .* T_2
            d(-sum(y .* log(T_1) + (1 - y) .* log(T_2))) = -sum(y .* (dT_1 ./ T_1) + (1 - y) .* (dT_2 ./ T_2))                     [d-scale, d-const, d-sum, d-add, d-hadamard, d-elementwise]
                                                         = -sum(y .* (T_3 .* d(Xw) ./ T_1) + (1 - y) .* (d(-T_1) ./ T_2))          [d-elementwise, d-add, d-const]
                                                         = -sum(y .* (T_3 .* X dw ./ T_1) + (1 - y) .* ((-T_3 .* d(Xw)) ./ T_2))   [d-matmul, d-const, d-scale, d-elementwise]
                                                         = -sum(y .* (T_3 .* X dw ./ T_1) + (1 - y) .* ((-T_3 .* X dw) ./ T_2))    [d-matmul, d-const]
                                                         = -sum(y .* (T_2 .* X dw) - (1 - y) .* (T_1 .* X dw))                     [hadamard-cancel]
                                                         = -sum(X dw .* (y .* T_2 - (1 - y) .* T_1))                               [hadamard-factor]
                                                         = -<X dw, y .* T_2 - (1 - y) .* T_1>                                      [sum-hadamard]
                                                         = -<X dw, y - T_1>                                                        [collect-like-terms]
                                                         = <X'(T_1 - y), dw>                                                       [identify]
            ∇_w f = X'(T_1 - y)
            """, Text("-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))", "w"));
    }

    [Fact]
    public void AHessianIsASecondChainFromTheGradientToHDx()
    {
        Assert.Equal(
            """
            d(x'Ax) = d(x') Ax + x'A dx   [d-matmul, d-const]
                    = dx'Ax + x'A dx      [d-transpose]
                    = <(A + A')x, dx>     [transpose-scalar, identify]
            d((A + A')x) = (A + A') dx    [d-matmul, d-const, identify]
            ∇²_x f = A + A'
            """, Text("x'Ax", "x", order: 2));
    }

    [Fact]
    public void AHessianWrtAMatrixEndsWithTheLinearMapOfV()
    {
        Assert.Equal(
            """
            d(log det X) = tr(X^-1 dX)   [d-logdet]
                         = <X^-1, dX>    [identify]
            d(X^-1) = -X^-1 dX X^-1      [d-inverse]
            ∇²_X f[V] = -X^-1 V X^-1     [linear-map]
            """, Text("log det X", "X", "X: n x n spd", 2));
    }

    [Fact]
    public void AHessianWrtAGeneralMatrixIsItsKroneckerFormWithTheCommutationMatrix()
    {
        Assert.Equal(
            """
            d(log det X) = tr(X^-1 dX)           [d-logdet]
                         = <X'^-1, dX>           [identify]
            d(X'^-1) = -X'^-1 d(X') X'^-1        [d-inverse]
                     = -X'^-1 dX'X'^-1           [d-transpose]
            ∇²_X f = -kron(X^-1, X'^-1)K_{n,n}   [vec-kronecker, commutation, identify-kronecker]
            """, Text("log det X", "X", order: 2));
    }

    [Fact]
    public void AHessianThroughAKroneckerProductOfTheVariableIsClosed()
    {
        Assert.Equal(
            """
            d(sum(kron(X, X))) = sum(kron(dX, X) + kron(X, dX))    [d-sum, d-kron]
                               = 2(1_n'X 1_m)<1_n 1_m', dX>        [sum-inner, vec-kronecker, identify]
            d(2(1_n'X 1_m)(1_n 1_m')) = 2(1_n' dX 1_m)(1_n 1_m')   [d-scale, d-const, d-matmul]
            ∇²_X f = 2 vec(1_n 1_m') vec(1_n 1_m')'                [outer-product, trace-cyclic, identify-kronecker]
            """, Text("sum(kron(X, X))", "X", order: 2));
    }

    [Fact]
    public void AJacobianIsReadOffJDx()
    {
        Assert.Equal(
            """
            d(σ(Ax)) = σ(Ax) .* (1 - σ(Ax)) .* d(Ax)    [d-elementwise]
                     = σ(Ax) .* (1 - σ(Ax)) .* A dx     [d-matmul, d-const]
                     = diag(σ(Ax) .* (1 - σ(Ax)))A dx   [hadamard-inner, identify]
            ∂f/∂x = diag(σ(Ax) .* (1 - σ(Ax)))A
            """, Text("σ(Ax)", "x"));
    }

    [Fact]
    public void AKroneckerFormIsReadOffTheDifferential()
    {
        Assert.Equal(
            """
            d(AXB) = A dX B               [d-matmul, d-const]
            ∂vec f/∂vec X = kron(B', A)   [identify-kronecker]
            """, Text("AXB", "X"));
    }
}
