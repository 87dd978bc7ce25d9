using MatrixCalculus.Calculus;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.LimitTests;

/// <summary>Limits.MaxTermSize and MaxTermDepth, checked on a differential before it is simplified.</summary>
public class TermSizeTests
{
    private static readonly Var X = new("X", Shape.Square(Dim.Of("n")));
    private static readonly Var S = new("s", Shape.Scalar);

    private static Expr Chain(Expr leaf, int depth, Func<Expr, Expr> wrap)
    {
        var e = leaf;
        for (int i = 0; i < depth; i++) e = wrap(e);
        return e;
    }

    [Fact]
    public void ATermAtBothLimitsPasses()
    {
        TermSize.Check(Chain(S, Limits.MaxTermDepth - 1, e => new Apply(ElementFunction.Exp, e)), "the derivative");
        var wide = new Add(new Seq<Expr>(Enumerable.Repeat<Expr>(S, Limits.MaxTermSize - 1)));
        TermSize.Check(wide, "the derivative");
    }

    [Fact]
    public void ATermOneNodeLargerThanTheLimitIsStopped()
    {
        var wide = new Add(new Seq<Expr>(Enumerable.Repeat<Expr>(S, Limits.MaxTermSize)));
        var error = Assert.Throws<MatrixCalculusException>(() => TermSize.Check(wide, "the derivative"));
        Assert.Equal(DiagnosticCode.InputTooLarge, error.Diagnostic.Code);
        Assert.Equal("the derivative grows past 20000 terms; differentiate a smaller expression, or one part of it at a time.", error.Diagnostic.Message);
    }

    [Fact]
    public void ATermOneLevelDeeperThanTheLimitIsStopped()
    {
        var deep = Chain(S, Limits.MaxTermDepth, e => new Apply(ElementFunction.Exp, e));
        var error = Assert.Throws<MatrixCalculusException>(() => TermSize.Check(deep, "the derivative"));
        Assert.Equal("the derivative nests deeper than 1000 levels; differentiate a smaller expression, or one part of it at a time.", error.Diagnostic.Message);
    }

    [Fact]
    public void SharedSubtermsCountOnceForEveryUseAndTheCountStopsAtTheLimit()
    {
        // 2^80 nodes as a tree, 81 in memory: the walk must stop at the limit, not try to count them.
        var doubled = Chain(X, 80, e => new Add(new Seq<Expr>([e, e])));
        Assert.Throws<MatrixCalculusException>(() => TermSize.Check(doubled, "the derivative"));
    }

    [Fact]
    public void DifferentiationStopsAnExplodingDerivativeWithTheLimitMessage()
    {
        // d of (((X²)²)²)… twelve times: the product rule doubles the terms at every level.
        var f = Ex.Trace(Chain(X, 12, e => Ex.Power(e, Ex.Num(2))));
        var error = Assert.Throws<MatrixCalculusException>(() => Differentiation.Run(f, X));
        Assert.StartsWith("the derivative grows past 20000 terms", error.Diagnostic.Message);
    }

    [Fact]
    public void ShapesOfNestedKroneckerProductsAndVecsTakeTimeLinearInTheNesting()
    {
        var x = new Var("x", Shape.Column(Dim.Of("n")));
        // Reading a child's shape once per dimension made these 2^200 steps.
        var shapes = Task.Run(() => (Chain(x, 200, e => new Kron(x, e)).Shape, Chain(X, 200, e => new Vec(e)).Shape));
        Assert.True(shapes.Wait(TimeSpan.FromSeconds(10)), "the shapes took more than 10 seconds");
        Assert.Equal(Dim.One, shapes.Result.Item1.Cols);
        Assert.Equal(Shape.Column(Dim.Of("n·n")), shapes.Result.Item2);
    }
}
