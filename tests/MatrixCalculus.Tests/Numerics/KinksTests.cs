using MatrixCalculus.Numerics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Tests.Numerical.NumericFixtures;

namespace MatrixCalculus.Tests.Numerical;

public class KinksTests
{
    [Theory]
    [InlineData(ElementFunction.Relu)]
    [InlineData(ElementFunction.Abs)]
    [InlineData(ElementFunction.Sign)]
    [InlineData(ElementFunction.Step)]
    public void AnEntryAtZeroUnderAKinkedFunctionIsReported(ElementFunction f)
    {
        var term = Ex.Apply(f, x);
        var warning = Assert.Single(Kinks.Find(Ex.Sum(term), PointWithX(1, 1e-9)));
        Assert.Equal($"the point is at a kink of {Functions.Name(f)} in {term}: an entry of {x} is within 1e-8 of 0.", warning);
        Assert.Empty(Kinks.Find(Ex.Sum(term), PointWithX(1, 1e-3)));
    }

    [Fact]
    public void SmoothFunctionsAtZeroAreNotKinks() =>
        Assert.Empty(Kinks.Find(Ex.Sum(Ex.Apply(ElementFunction.Tanh, x)), PointWithX(0, 0)));

    [Fact]
    public void ATwoNormAtTheZeroVectorIsReported()
    {
        var norm = Ex.Norm(NormKind.Two, x);
        Assert.Equal([$"the point is at a kink of {norm}: {x} is within 1e-8 of 0."], Kinks.Find(norm, PointWithX(0, 0)));
        Assert.Empty(Kinks.Find(norm, PointWithX(0, 1)));
    }

    [Fact]
    public void AOneNormWithAZeroEntryIsReported()
    {
        var norm = Ex.Norm(NormKind.One, x);
        Assert.Equal([$"the point is at a kink of {norm}: an entry of {x} is within 1e-8 of 0."], Kinks.Find(norm, PointWithX(0, 1)));
    }

    [Fact]
    public void ARepeatedKinkIsReportedOnce()
    {
        var relu = Ex.Apply(ElementFunction.Relu, x);
        Assert.Single(Kinks.Find(Ex.Add(Ex.Sum(relu), Ex.Sum(Ex.Scale(Ex.Num(2), relu))), PointWithX(0, 1)));
    }
}
