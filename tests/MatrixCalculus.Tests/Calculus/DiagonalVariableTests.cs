using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.Tests.Calculus;

/// <summary>
/// The gradient wrt a variable declared diagonal is Diag(diag(G)), the unconstrained gradient G
/// projected on diagonal matrices: its i-th diagonal entry is ∂f/∂dᵢᵢ, read here entry by entry
/// from central differences, and its off-diagonal entries are 0. Symmetric stays sym(G).
/// </summary>
public class DiagonalVariableTests
{
    private const string Declared = "D: n x n diagonal; A: n x n; x: n; y: n; a: n; b: n";

    [Theory]
    [InlineData("x'Dx", "diag(x .* x)")]
    [InlineData("tr(AD)", "diag(diag(A))")]
    [InlineData("log det D", "D^-1")]
    [InlineData("a'D^-1 b", null)]
    [InlineData("||Dx - y||^2", null)]
    [InlineData("tr(D^2 A)", null)]
    public void TheGradientIsTheDerivativeWrtEachDiagonalEntry(string input, string? expected)
    {
        var bound = Frontend.Compile(input, Declared);
        var wrt = bound.Symbols.Single(v => v.Name == "D");
        var d = Differentiation.Run(bound.Expression, wrt);
        Assert.Equal(Differentiation.DiagonalConvention, d.Convention);
        if (expected is not null) Assert.Equal(expected, TextPrinter.Print(d.Result));
        var point = RandomPoint.Generate(bound.Expression, bound.Symbols, 4);
        var gradient = Evaluator.Evaluate(d.Result, point);
        var size = gradient.RowCount;
        for (int i = 0; i < size; i++)
            for (int j = 0; j < size; j++)
            {
                if (i != j) { Assert.Equal(0, gradient[i, j]); continue; }
                var entry = Matrix<double>.Build.Dense(size, size);
                entry[i, i] = 1;
                var numeric = FiniteDifference.DirectionalDerivative(env => Evaluator.Evaluate(bound.Expression, env), point, "D", entry, 1e-6)[0, 0];
                Assert.True(Math.Abs(numeric - gradient[i, i]) <= 1e-6 * Math.Max(1, Math.Abs(numeric)),
                    $"∂f/∂d_{i}{i}: finite differences {numeric}, gradient {gradient[i, i]} ({TextPrinter.Print(d.Result)})");
            }
    }

    [Fact]
    public void ASymmetricVariableKeepsTheSymmetricPart()
    {
        var bound = Frontend.Compile("tr(AS)", "S: n x n symmetric; A: n x n");
        var d = Differentiation.Run(bound.Expression, bound.Symbols.Single(v => v.Name == "S"));
        Assert.Equal(Differentiation.SymmetricConvention, d.Convention);
        Assert.Equal("(A' + A)/2", TextPrinter.Print(d.Result));
    }
}
