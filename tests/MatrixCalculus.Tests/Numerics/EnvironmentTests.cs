using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using static MatrixCalculus.Tests.Numerical.NumericFixtures;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.Tests.Numerical;

public class EnvironmentTests
{
    [Fact]
    public void SizesAreInferredFromTheValues()
    {
        var at = Point();
        Assert.Equal((2, 3), (at.SizeOf(N), at.SizeOf(M)));
        Assert.Equal(6, at.SizeOf(DimOps.Times(N, M)));
        Assert.Equal(12, at.SizeOf(DimOps.Times(Dim.Of(2), DimOps.Times(N, M))));
        Assert.Null(at.SizeOf(Dim.Of("k")));
        Assert.Equal(["m", "n"], at.DimensionNames);
    }

    [Fact]
    public void InconsistentSizesAreAPointError()
    {
        var error = Assert.Throws<MatrixCalculusException>(() => Environment.FromValues([A, x], new Dictionary<string, Matrix<double>>
        {
            ["A"] = Rows([1, 2, 3], [4, 5, 6]),
            ["x"] = Column(1, 2, 3),
        }));
        Assert.Equal(DiagnosticCode.Point, error.Diagnostic.Code);
        Assert.Equal("x is n×1 with n = 2 (from A), but the point gives 3 entries.", error.Diagnostic.Message);
    }

    [Fact]
    public void WithReplacesOneValueAndKeepsTheRest()
    {
        var at = Point();
        var moved = at.With("x", Column(5, 6));
        Equal(Column(5, 6), moved["x"]);
        Equal(Column(1, 2), at["x"]);
        Assert.Same(at["A"], moved["A"]);
        Assert.Equal(at.SizeOf(N), moved.SizeOf(N));
    }

    [Fact]
    public void LookingUpAnUnboundNameFails()
    {
        Assert.False(Point().TryGetValue("z", out _));
        Assert.Throws<KeyNotFoundException>(() => Point()["z"]);
    }
}
