using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.SemanticsTests;

/// <summary>The terms the binder builds, compared structurally with terms built by hand.</summary>
public class BoundTermTests
{
    private static readonly Dim N = Dim.Of("n"), M = Dim.Of("m");
    private static readonly Var x = Ex.Symbol("x", Shape.Column(N));
    private static readonly Var y = Ex.Symbol("y", Shape.Column(N));
    private static readonly Var A = Ex.Symbol("A", Shape.Square(N));
    private static readonly Var X = Ex.Symbol("X", Shape.Square(N));
    private static readonly Var c = Ex.Symbol("c", Shape.Scalar);

    private static Expr Bind(string expression, string? declarations = null) =>
        Frontend.Compile(expression, declarations).Expression;

    [Fact]
    public void AQuadraticFormIsOneProductOfThreeFactors() =>
        Assert.Equal(Ex.MatMul(x.T, A, x), Bind("x'Ax"));

    [Fact]
    public void ExplicitStarsAndCoefficientsGiveTheSameProduct() =>
        Assert.Equal(Ex.Scale(Ex.Num(0.5), Ex.MatMul(x.T, A, x)), Bind("0.5*x'*A*x"));

    [Fact]
    public void AnIntegerFractionIsACoefficient() =>
        Assert.Equal(Ex.Scale(Ex.Num(0.5), Ex.MatMul(x.T, A, x)), Bind("1/2 x'Ax"));

    [Theory]
    [InlineData("log det X")]
    [InlineData("log(det(X))")]
    [InlineData("logdet(X)")]
    public void LogOfADeterminantIsLogDet(string text) => Assert.Equal(new LogDet(X), Bind(text));

    [Fact]
    public void AScalarAddedToAVectorIsBroadcastAsScaledOnes()
    {
        var w = Ex.Symbol("w", Shape.Column(M));
        var Xr = Ex.Symbol("X", new Shape(N, M));
        var expected = Ex.Apply(ElementFunction.Sigmoid, Ex.Add(Ex.MatMul(Xr, w), Ex.Scale(c, new Ones(Shape.Column(N)))));
        Assert.Equal(expected, Bind("σ(Xw + c)", "c: scalar"));
    }

    [Fact]
    public void OneMinusAVectorIsOnesMinusTheVector() =>
        Assert.Equal(Ex.Add(new Ones(Shape.Column(N)), Ex.Neg(y)), Bind("1 - y"));

    [Fact]
    public void PowersOfMatricesUseInversesForNegativeExponents()
    {
        Assert.Equal(new Inverse(X), Bind("X^-1"));
        Assert.Equal(new Power(new Inverse(X), Ex.Num(2)), Bind("X^-2"));
        Assert.Equal(new Power(X, Ex.Num(3)), Bind("X^3"));
        Assert.Equal(new Identity(N), Bind("X^0"));
    }

    [Fact]
    public void PowersOfScalarsTakeAnyScalarExponent()
    {
        Assert.Equal(Ex.Divide(Ex.One, c), Bind("c^-1", "c: scalar"));
        var norm = Ex.Norm(NormKind.Two, x);
        Assert.Equal(new Power(norm, Ex.Num(1.5)), Bind("||x||^(3/2)"));
        var p = Ex.Symbol("p", Shape.Scalar);
        Assert.Equal(new Power(norm, p), Bind("||x||^p"));
    }

    [Fact]
    public void TheLiteralOneNextToAMatrixIsTheOnesVector()
    {
        var ones = new Ones(Shape.Column(N));
        Assert.Equal(Ex.MatMul(ones.T, x), Bind("1'x"));
        var G = Ex.Symbol("G", new Shape(N, M));
        Assert.Equal(Ex.MatMul(G.T, ones), Bind("G'1"));
        var b = Ex.Symbol("b", Shape.Column(N));
        Assert.Equal(Ex.MatMul(new Ones(Shape.Column(M)), b.T), Bind("1b'"));
        Assert.Equal(x, Bind("1x"));
    }

    [Fact]
    public void MeanSquaredErrorDividesByAScalarN()
    {
        var Nscalar = Ex.Symbol("N", Shape.Scalar);
        var Xr = Ex.Symbol("X", new Shape(N, M));
        var w = Ex.Symbol("w", Shape.Column(M));
        var residual = Ex.Sub(Ex.MatMul(Xr, w), y);
        var expected = Ex.MatMul(Ex.Divide(Ex.One, Nscalar), Ex.Power(Ex.Norm(NormKind.Two, residual), Ex.Num(2)));
        Assert.Equal(expected, Bind("(1/N)||Xw - y||^2"));
    }

    [Fact]
    public void ElementwiseDivisionByOrOfAScalarIsDivisionOrBroadcast()
    {
        Assert.Equal(Ex.Scale(Ex.Num(0.5), x), Bind("x ./ 2"));
        Assert.Equal(new HadamardDivide(Ex.Scale(Ex.Num(2), new Ones(Shape.Column(N))), x), Bind("2 ./ x"));
        Assert.Equal(new HadamardDivide(x, y), Bind("x ./ y"));
        Assert.Equal(Ex.Scale(c, x), Bind("c .* x", "c: scalar"));
    }

    [Fact]
    public void NormsKeepTheirKind()
    {
        var rectangular = Ex.Symbol("X", new Shape(N, M));
        Assert.Equal(Ex.Norm(NormKind.Two, rectangular), Bind("||X||"));
        Assert.Equal(Ex.Norm(NormKind.Frobenius, X), Bind("||X||_F + 0 tr X"));
        Assert.Equal(Ex.Norm(NormKind.One, x), Bind("||x||_1"));
        Assert.Equal(Ex.Norm(NormKind.Two, x), Bind("norm2(x)"));
        Assert.Equal(Ex.Norm(NormKind.One, x), Bind("norm1(x)"));
    }

    [Fact]
    public void DiagOfAVectorIsAMatrixAndOfAMatrixIsAVector()
    {
        Assert.Equal(new DiagMatrix(x), Bind("diag(x)"));
        Assert.Equal(new DiagMatrix(x), Bind("diag(x')"));
        Assert.Equal(new DiagVector(X), Bind("diag(X)"));
    }

    [Fact]
    public void ConstantVectorsAndTheIdentityTakeTheirSizeFromTheirNeighbours()
    {
        Assert.Equal(Ex.Scale(c, new Ones(Shape.Column(N))), Bind("vector(c)"));
        Assert.Equal(Ex.MatMul(x.T, x), Bind("x'I_n x"));
        Assert.Equal(Ex.Add(X, new Identity(N)), Bind("X + eye"));
        Assert.Equal(Ex.Add(X, new Identity(N)), Bind("X + I"));
    }

    [Fact]
    public void ACoefficientOfAnEntrywiseFunctionOfLowercaseSymbolsMakesThemAllScalars()
    {
        var w1 = Ex.Symbol("w1", Shape.Scalar);
        var w2 = Ex.Symbol("w2", Shape.Scalar);
        var product = Ex.Scale(w2, Ex.Apply(ElementFunction.Log, w1));
        Assert.Equal(Ex.Add(product, Ex.Apply(ElementFunction.Sqrt, product)), Bind("w2 log w1 + sqrt(w2 log w1)"));
    }

    [Fact]
    public void DeclaredAttributesReachTheVariables()
    {
        var bound = Frontend.Compile("x'Sx + <D, S>", "S: n x n spd; D: n x n diagonal");
        Assert.Equal(VarAttributes.Spd, bound.Symbols.Single(v => v.Name == "S").Attributes);
        Assert.Equal(VarAttributes.Diagonal, bound.Symbols.Single(v => v.Name == "D").Attributes);
        // A symmetric variable is its own transpose, so S' is S.
        Assert.Equal(Ex.Symbol("S", Shape.Square(N), VarAttributes.Symmetric), Bind("S'", "S: n x n symmetric"));
    }

    [Fact]
    public void SymbolsAndDimensionsAreListedInOrderOfFirstAppearance()
    {
        var bound = Frontend.Compile("tr(A*X'*B*X*C)", null);
        Assert.Equal(["A", "X", "B", "C"], bound.Symbols.Select(s => s.Name));
        Assert.Equal(["n", "m", "k"], bound.DimensionNames);

        var declared = Frontend.Compile("(1/N)||Xw - y||^2", "X: N x d");
        Assert.Equal(["N", "X", "w", "y"], declared.Symbols.Select(s => s.Name));
        Assert.Equal(["N", "d"], declared.DimensionNames);
    }

    [Fact]
    public void FreshDimensionsSkipNamesInUse()
    {
        var bound = Frontend.Compile("n'x + Ay", "A: m x k");
        Assert.Equal(["p", "m", "k"], bound.DimensionNames);
        Assert.Equal("p×1", bound.Symbols.Single(s => s.Name == "n").Shape.ToString());
    }

    [Fact]
    public void MultiLetterDeclaredNamesAreOneSymbol()
    {
        var bound = Frontend.Compile("Wx + bias", "bias: vector");
        Assert.Equal(["W", "x", "bias"], bound.Symbols.Select(s => s.Name));
    }

    [Fact]
    public void SubscriptedNamesMatchTheirDeclarationsWithOrWithoutBraces()
    {
        var bound = Frontend.Compile("W_{out} x + bias_1 + bias_{1}", "W_out: p x q; bias_1: vector");
        Assert.Equal(["W_out", "x", "bias_1"], bound.Symbols.Select(s => s.Name));
        Assert.Equal("p×q", bound.Symbols[0].Shape.ToString());
    }

    [Fact]
    public void GreekNamesMatchTheirDeclarationsHoweverSpelled()
    {
        var bound = Frontend.Compile("lambda ||x||^2", "λ: scalar");
        Assert.Equal(["λ", "x"], bound.Symbols.Select(s => s.Name));
    }
}
