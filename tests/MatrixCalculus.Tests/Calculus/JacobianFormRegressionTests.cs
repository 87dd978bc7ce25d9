using MatrixCalculus.Calculus;

namespace MatrixCalculus.Tests.Calculus;

/// <summary>Cases the random Hessian property found, kept as fixed regressions.</summary>
public class JacobianFormRegressionTests
{
    [Theory]
    // The Hessian's forward Jacobian met diag(A + B) with dy in one term only (it crashed, exit 70).
    [InlineData("||kron(1_n 1_k', y)||_1 y'a", "y: m; a: m")]
    [InlineData("||kron(1_n 1_k', y)||_1 ||σ(C).^-2||_1 tan(0.9 tanh(y))' logsumexp_rows((B' + 1)/2)", "y: m; C: p x q; B: r x m")]
    public void TheHessianIsAMatrixThatAgreesWithFiniteDifferences(string expression, string declarations)
    {
        var f = Engine.Compile(expression, declarations);
        var hessian = Engine.Differentiate(f, "y", order: 2);
        Assert.Equal(DerivativeKind.Hessian, hessian.Kind);
        Assert.Null(hessian.Direction);
        foreach (var seed in new[] { 1, 2, 3 })
            Assert.True(Engine.Check(f, hessian, seed: seed).Passed, $"seed {seed}");
    }
}
