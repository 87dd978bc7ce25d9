using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Printing;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Calculus;

/// <summary>
/// Several variables at once (<c>Engine.Differentiate(f, ["w", "b"], order)</c>): each derivative
/// as it is alone, and at order 2 the mixed blocks ∂²f/∂vᵢ∂vⱼ, every one checked against central
/// differences of the gradient it differentiates.
/// </summary>
public class SeveralVariablesTests
{
    private const string Logistic = "-sum(y .* log(σ(Xw + b)) + (1 - y) .* log(1 - σ(Xw + b)))";

    private static void AllPass(CompiledExpression f, MultiDerivation all)
    {
        foreach (var d in all.Derivatives.Concat(all.Mixed))
            foreach (var seed in new[] { 1, 2, 3 })
            {
                var report = Engine.Check(f, d, seed: seed);
                Assert.True(report.Passed, $"{DerivativeLabels.Result(d)} = {TextPrinter.Print(d.Result)}, seed {seed}: error {report.MaxRelativeError}");
            }
    }

    [Fact]
    public void TheLogisticLossQOfWAndBGivesBothGradientsInTheOrderGiven()
    {
        var f = Engine.Compile(Logistic, "b: scalar");
        var all = Engine.Differentiate(f, ["w", "b"]);
        Assert.Equal(["w", "b"], all.Derivatives.Select(d => d.Wrt.Name));
        Assert.Equal("X'(σ(Xw + b) - y)", TextPrinter.Print(all.Derivatives[0].Result));
        Assert.Equal("sum(σ(Xw + b) - y)", TextPrinter.Print(all.Derivatives[1].Result));
        Assert.Empty(all.Mixed);
        AllPass(f, all);
    }

    [Fact]
    public void AtOrder2TheLogisticLossGivesTheMixedBlockXTransposeTimesTheWeights()
    {
        var f = Engine.Compile(Logistic, "b: scalar");
        var all = Engine.Differentiate(f, ["w", "b"], order: 2);
        var mixed = Assert.Single(all.Mixed);
        Assert.Equal(("w", "b"), (mixed.FirstWrt!.Name, mixed.Wrt.Name));
        Assert.Equal("∂²f/∂w∂b", DerivativeLabels.Result(mixed));
        Assert.Equal("X'(σ(Xw + b) .* (1 - σ(Xw + b)))", TextPrinter.Print(mixed.Result));
        Assert.Equal(mixed, Assert.Single(all.MixedAfter(all.Derivatives[0].Wrt)));
        AllPass(f, all);
    }

    [Fact]
    public void TheNotesLOfW1AndW2HasAllThreeSecondDerivatives()
    {
        // L(w₁, w₂) = w₂ log w₁ + √(w₂ log w₁), the computational-graph example of the notes.
        var f = Engine.Compile("w_2 log(w_1) + sqrt(w_2 log(w_1))", "w_1: scalar; w_2: scalar");
        var all = Engine.Differentiate(f, ["w_1", "w_2"], order: 2);
        Assert.Equal(2, all.Derivatives.Count);
        Assert.Equal("∂²f/∂w_1∂w_2", DerivativeLabels.Result(Assert.Single(all.Mixed)));
        AllPass(f, all);
    }

    [Fact]
    public void AMatrixAndAVectorGiveTheKroneckerFormOfTheMixedBlock()
    {
        // ∇_W f = bc' + 2W, so d(∇_W f) = db c' and d vec(∇_W f) = (c ⊗ I) db.
        var f = Engine.Compile("b'Wc + ||W||_F^2");
        var all = Engine.Differentiate(f, ["W", "b"], order: 2);
        Assert.Equal("kron(c, I_n)", TextPrinter.Print(Assert.Single(all.Mixed).Result));
        AllPass(f, all);
    }

    [Fact]
    public void ThreeVariablesGiveThreeMixedBlocksInPairOrder()
    {
        var f = Engine.Compile("x'Ay + y'Bz + x'x z'z");
        var all = Engine.Differentiate(f, ["x", "y", "z"], order: 2);
        Assert.Equal(["∂²f/∂x∂y", "∂²f/∂x∂z", "∂²f/∂y∂z"], all.Mixed.Select(DerivativeLabels.Result));
        Assert.Equal("A", TextPrinter.Print(all.Mixed[0].Result));
        AllPass(f, all);
    }

    [Fact]
    public void AWrongMixedBlockFailsItsCheck()
    {
        // ∂²(x'Ay)/∂x∂y = A; A' has the right shape (A is square) and the wrong numbers.
        var f = Engine.Compile("x'Ay", "A: n x n");
        var mixed = Engine.Differentiate(f, ["x", "y"], order: 2).Mixed[0];
        Assert.True(Engine.Check(f, mixed, seed: 1).Passed);
        Assert.False(Engine.Check(f, mixed with { Result = Ex.Transpose(mixed.Result) }, seed: 1).Passed);
    }

    [Fact]
    public void ANameGivenTwiceIsAnError()
    {
        var f = Engine.Compile("x'Ax");
        var e = Assert.Throws<MatrixCalculusException>(() => Engine.Differentiate(f, ["x", " x"]));
        Assert.Equal("error MC5001: `x` is given twice in --wrt; name each variable once.", e.Diagnostic.Render());
    }

    [Fact]
    public void AnUnknownNameAmongSeveralIsShownUnderTheExpression()
    {
        var f = Engine.Compile("x'Ax");
        var e = Assert.Throws<MatrixCalculusException>(() => Engine.Differentiate(f, ["x", "z"]));
        Assert.Equal("error MC1101 (line 1, column 1): no symbol `z` in the expression.\n  x'Ax\n  ^^^^", e.Diagnostic.Render().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TheMixedBlockOfAVectorFunctionIsRefusedAsTheHessianIs()
    {
        var f = Engine.Compile("Ax + y");
        var e = Assert.Throws<MatrixCalculusException>(() => Engine.Differentiate(f, ["x", "y"], order: 2));
        Assert.StartsWith("error MC5001 (line 1, column 1): the Hessian needs a scalar function", e.Diagnostic.Render());
    }
}
