using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Numerics;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Tests.Numerical.NumericFixtures;

namespace MatrixCalculus.Tests.Numerical;

public class RandomPointTests
{
    private static readonly IEnumerable<int> Seeds = Enumerable.Range(0, 25);
    private static readonly Dim K = Dim.Of("k");
    private static readonly Var X = new("X", Shape.Square(N));
    private static readonly Var W = new("W", new Shape(N, K));
    private static readonly Var Tall = new("X", new Shape(Dim.Of("N"), Dim.Of("d")));

    [Fact]
    public void TheSameSeedGivesTheSamePoint()
    {
        var e = Ex.MatMul(Ex.Transpose(x), A, y);
        var first = RandomPoint.Generate(e, [x, A, y], 42);
        var second = RandomPoint.Generate(e, [x, A, y], 42);
        foreach (var name in new[] { "x", "A", "y" })
            Assert.Equal(first[name].ToColumnMajorArray(), second[name].ToColumnMajorArray());
        var other = RandomPoint.Generate(e, [x, A, y], 43);
        Assert.NotEqual(first["A"].ToColumnMajorArray(), other["A"].ToColumnMajorArray());
    }

    [Fact]
    public void DifferentDimensionsGetDifferentSizesFromTwoToFive()
    {
        foreach (var seed in Seeds)
        {
            var at = RandomPoint.Generate(Ex.MatMul(Ex.Transpose(A), W), [A, W], seed);
            var sizes = new[] { N, M, K }.Select(d => at.SizeOf(d)!.Value).ToList();
            Assert.Equal(3, sizes.Distinct().Count());
            Assert.All(sizes, size => Assert.InRange(size, 2, 5));
            Assert.Equal((sizes[0], sizes[1]), (at["A"].RowCount, at["A"].ColumnCount));
        }
    }

    [Fact]
    public void MoreThanFourDimensionsStillGetDistinctSizes()
    {
        var names = new[] { "a", "b", "c", "d", "e", "f" };
        var vectors = names.Select(n => new Var(n, Shape.Column(Dim.Of(n)))).ToList();
        var at = RandomPoint.Generate(Ex.Sum(vectors[0]), vectors, 3);
        var sizes = names.Select(n => at.SizeOf(Dim.Of(n))!.Value).Order().ToList();
        Assert.Equal([2, 3, 4, 5, 6, 7], sizes);
    }

    [Fact]
    public void SizesWrittenInDeclarationsAreNotReused()
    {
        var fixedRows = new Var("X", new Shape(Dim.Of(3), Dim.Of("d")));
        var v = new Var("v", Shape.Column(Dim.Of("e")));
        foreach (var seed in Seeds)
        {
            var at = RandomPoint.Generate(Ex.Sum(fixedRows), [fixedRows, v], seed);
            Assert.Equal(3, at["X"].RowCount);
            Assert.NotEqual(3, at.SizeOf(Dim.Of("d")));
            Assert.NotEqual(3, at.SizeOf(Dim.Of("e")));
            Assert.NotEqual(at.SizeOf(Dim.Of("d")), at.SizeOf(Dim.Of("e")));
        }
    }

    [Fact]
    public void ASizeUsedOnlyByTheTermIsDrawnToo()
    {
        var at = RandomPoint.Generate(Ex.Trace(new Identity(K)), [], 1);
        Assert.Equal((double)at.SizeOf(K)!.Value, Evaluator.EvaluateScalar(Ex.Trace(new Identity(K)), at));
    }

    [Fact]
    public void MatricesUnderLogDetInverseAndDetAreSymmetricPositiveDefinite()
    {
        foreach (var e in new[] { Ex.LogDet(X), Ex.Trace(Ex.Inverse(X)), Ex.Det(X), Ex.Trace(Ex.Power(X, Ex.Num(-2))) })
            foreach (var seed in Seeds)
            {
                var at = RandomPoint.Generate(e, [X], seed);
                Assert.True(Evaluator.IsSymmetric(at["X"]), $"seed={seed}, e={e}");
                Assert.NotNull(Evaluator.CholeskyLogDet(at["X"]));
                Evaluator.Evaluate(e, at);
            }
    }

    [Fact]
    public void SymbolsUnderLogSqrtAndDenominatorsArePositive()
    {
        var e = Ex.Add(Ex.Sum(Ex.Apply(ElementFunction.Log, Ex.MatMul(A, y))),
            Ex.Sum(Ex.Apply(ElementFunction.Sqrt, x)), Ex.Divide(c, Ex.Sum(x)), Ex.Power(c, Ex.Num(1.5)));
        foreach (var seed in Seeds)
        {
            var at = RandomPoint.Generate(e, [A, x, y, c], seed);
            foreach (var name in new[] { "A", "x", "y", "c" })
                Assert.All(at[name].Enumerate(), entry => Assert.InRange(entry, 0.5, 2));
            Evaluator.Evaluate(e, at);
        }
    }

    [Fact]
    public void FunctionsWithPositiveValuesFreeTheirArguments()
    {
        // log σ(Ax): σ is positive whatever Ax is, so A and x keep entries of both signs.
        var e = Ex.Sum(Ex.Apply(ElementFunction.Log, Ex.Apply(ElementFunction.Sigmoid, Ex.MatMul(Ex.Transpose(A), x))));
        var entries = Seeds.SelectMany(seed => RandomPoint.Generate(e, [A, x], seed)["A"].Enumerate()).ToList();
        Assert.Contains(entries, entry => entry < 0);
    }

    [Fact]
    public void WhatIsSubtractedUnderALogIsSmall()
    {
        // log(1 - y) needs y < 1: a subtracted symbol gets entries in [-0.3, 0.3].
        var e = Ex.Sum(Ex.Apply(ElementFunction.Log, Ex.Sub(new Ones(Shape.Column(M)), y)));
        foreach (var seed in Seeds)
        {
            var at = RandomPoint.Generate(e, [y], seed);
            Assert.All(at["y"].Enumerate(), entry => Assert.InRange(entry, -0.3, 0.3));
            Evaluator.Evaluate(e, at);
        }
    }

    [Fact]
    public void ArcsinAndArccosArgumentsStayInsideTheirDomain()
    {
        var e = Ex.Sum(Ex.Apply(ElementFunction.Arcsin, Ex.MatMul(A, y)));
        foreach (var seed in Seeds) Evaluator.Evaluate(e, RandomPoint.Generate(e, [A, y], seed));
    }

    [Fact]
    public void DeclaredAttributesAreHonoured()
    {
        var sym = new Var("S", Shape.Square(N), VarAttributes.Symmetric);
        var spd = new Var("P", Shape.Square(M), VarAttributes.Spd);
        var diagonal = new Var("D", Shape.Square(N), VarAttributes.Diagonal);
        foreach (var seed in Seeds)
        {
            var at = RandomPoint.Generate(Ex.Sum(sym), [sym, spd, diagonal], seed);
            Assert.True(Evaluator.IsSymmetric(at["S"]));
            Assert.NotNull(Evaluator.CholeskyLogDet(at["P"]));
            var d = at["D"];
            Assert.Equal(d.Diagonal().Sum(), d.Enumerate().Sum());
            Assert.True(d.Diagonal().All(entry => entry != 0));
        }
    }

    [Fact]
    public void ADiagonalMatrixUnderLogDetHasAPositiveDiagonal()
    {
        var diagonal = new Var("D", Shape.Square(N), VarAttributes.Diagonal);
        foreach (var seed in Seeds)
            Assert.All(RandomPoint.Generate(Ex.LogDet(diagonal), [diagonal], seed)["D"].Diagonal(), entry => Assert.True(entry > 0));
    }

    [Fact]
    public void AGramMatrixUnderAnInverseGetsMoreRowsThanColumns()
    {
        // (X'X)⁻¹ exists only when X (N×d) has N ≥ d; sizes are ordered so that it does.
        var gram = Ex.MatMul(Ex.Transpose(Tall), Tall);
        foreach (var e in new[] { Ex.Trace(Ex.Inverse(gram)), Ex.LogDet(gram) })
            foreach (var seed in Seeds)
            {
                var at = RandomPoint.Generate(e, [Tall], seed);
                Assert.True(at.SizeOf(Dim.Of("N")) > at.SizeOf(Dim.Of("d")), $"seed={seed}");
                Evaluator.Evaluate(e, at);
            }
    }

    [Fact]
    public void ProductSizesOfKroneckerTermsFollowFromTheirFactors()
    {
        var e = Ex.Add(Ex.Kron(x, y), Ex.ZeroOf(Shape.Column(DimOps.Times(N, M))));
        var at = RandomPoint.Generate(e, [x, y], 5);
        Assert.Equal(at.SizeOf(N) * at.SizeOf(M), Evaluator.Evaluate(e, at).RowCount);
    }

    [Fact]
    public void EntriesWithoutADomainAreInMinusOneToOne()
    {
        var at = RandomPoint.Generate(Ex.MatMul(A, y), [A, y], 11);
        Assert.All(at["A"].Enumerate().Concat(at["y"].Enumerate()), entry => Assert.InRange(entry, -1, 1));
    }

    // Declared before Objectives: static fields initialise in text order.
    private static readonly Var Wv = new("w", Shape.Column(Dim.Of("d")));
    private static readonly Var Yv = new("y", Shape.Column(Dim.Of("N")));
    private static readonly Var Sym = new("S", Shape.Square(N), VarAttributes.Symmetric);

    public static TheoryData<string> CommonObjectives => new(Objectives.Keys.Order(StringComparer.Ordinal));

    // Textbook objectives, built as the binder would build them.
    private static readonly Dictionary<string, Expr> Objectives = new(StringComparer.Ordinal)
    {
        ["least squares ||Xw - y||²"] = Ex.Power(Ex.Norm(NormKind.Two, Ex.Sub(Ex.MatMul(Tall, Wv), Yv)), Ex.Num(2)),
        ["normal equations (X'X)⁻¹X'y"] = Ex.Sum(Ex.MatMul(Ex.Inverse(Ex.MatMul(Ex.Transpose(Tall), Tall)), Ex.Transpose(Tall), Yv)),
        ["logistic loss"] = Ex.Neg(Ex.Add(
            Ex.Inner(Yv, Ex.Apply(ElementFunction.Log, Ex.Apply(ElementFunction.Sigmoid, Ex.MatMul(Tall, Wv)))),
            Ex.Inner(Ex.Sub(new Ones(Yv.Shape), Yv), Ex.Apply(ElementFunction.Log, Ex.Sub(new Ones(Yv.Shape), Ex.Apply(ElementFunction.Sigmoid, Ex.MatMul(Tall, Wv))))))),
        ["Rayleigh quotient x'Ax / x'x"] = Ex.Divide(Ex.MatMul(Ex.Transpose(x), X, x), Ex.MatMul(Ex.Transpose(x), x)),
        ["log det X + tr(S X⁻¹)"] = Ex.Add(Ex.LogDet(X), Ex.Trace(Ex.MatMul(Sym, Ex.Inverse(X)))),
        ["softmax cross-entropy"] = Ex.Sub(Ex.LogSumExp(Ex.MatMul(Tall, Wv)), Ex.Inner(Yv, Ex.MatMul(Tall, Wv))),
        ["sqrt of a sum of squares plus one"] = Ex.Apply(ElementFunction.Sqrt, Ex.Add(Ex.One, Ex.MatMul(Ex.Transpose(x), x))),
        ["x .^ 1.5 under a matrix power"] = Ex.Sum(Ex.MatMul(Ex.Power(X, Ex.Num(-3)), Ex.ElementPower(x, Ex.Num(1.5)))),
    };

    [Theory]
    [MemberData(nameof(CommonObjectives))]
    public void CommonObjectivesAreDefinedAtEveryRandomPoint(string name)
    {
        var e = Objectives[name];
        foreach (var seed in Seeds)
        {
            var at = RandomPoint.Generate(e, e.Variables(), seed);
            var value = Evaluator.Evaluate(e, at);
            Assert.True(double.IsFinite(value[0, 0]), $"seed={seed}");
        }
    }
}
