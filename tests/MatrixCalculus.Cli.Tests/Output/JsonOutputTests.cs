using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Cli.Output;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Cli.Tests.Output;

public class JsonOutputTests
{
    private static readonly Shape Column = Shape.Column(Dim.Of("n"));
    private static readonly Shape Matrix = new(Dim.Of("m"), Dim.Of(3));
    private static readonly Shape Row = new(Dim.One, Dim.Of("n"));

    [Fact]
    public void AScalarIsANumberAColumnAListAndAMatrixOrRowAListOfRows()
    {
        var m = Matrix<double>.Build.DenseOfArray(new[,] { { 1, 2.5 }, { -3, 0.1 } });
        Assert.Equal("4", Json.Write(w => Json.Value(w, Matrix<double>.Build.Dense(1, 1, 4), ValueLayout.Scalar)));
        Assert.Equal("[1,-3]", Json.Write(w => Json.Value(w, m.SubMatrix(0, 2, 0, 1), ValueLayouts.Of(Column))));
        Assert.Equal("[[1,2.5],[-3,0.1]]", Json.Write(w => Json.Value(w, m, ValueLayouts.Of(Matrix))));
        Assert.Equal("[[1,2.5]]", Json.Write(w => Json.Value(w, m.SubMatrix(0, 1, 0, 2), ValueLayouts.Of(Row))));
    }

    [Fact]
    public void TheLayoutFollowsTheSymbolicShapeNotTheSizesAtThePoint()
    {
        // x: n with n = 1 at the point is still a vector.
        Assert.Equal("[7]", Json.Write(w => Json.Value(w, Matrix<double>.Build.Dense(1, 1, 7), ValueLayouts.Of(Column))));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(1e21, "1E+21")]
    [InlineData(-0.0, "-0")]
    [InlineData(double.NaN, "\"NaN\"")]
    [InlineData(double.PositiveInfinity, "\"Infinity\"")]
    [InlineData(double.NegativeInfinity, "\"-Infinity\"")]
    public void NumbersAreShortestRoundTripAndStillJson(double value, string expected)
    {
        var text = Json.Write(w => Json.Number(w, value));
        Assert.Equal(expected, text);
        using var parsed = System.Text.Json.JsonDocument.Parse(text);
        if (double.IsFinite(value)) Assert.Equal(value, parsed.RootElement.GetDouble());
    }

    [Fact]
    public void ShapesListOneEntryPerNestingLevelWithKnownSizesAsNumbers()
    {
        Assert.Equal("[]", Json.Write(w => Json.Shape(w, Shape.Scalar)));
        Assert.Equal("[\"n\"]", Json.Write(w => Json.Shape(w, Column)));
        Assert.Equal("[\"m\",3]", Json.Write(w => Json.Shape(w, Matrix)));
        Assert.Equal("[1,\"n\"]", Json.Write(w => Json.Shape(w, Row)));
    }

    [Fact]
    public void TextIsWrittenWithoutEscapingQuotesOrGreekLetters()
    {
        Assert.Equal("{\"expression\":\"σ(x'Ax) < ⟨a, b⟩\"}", Json.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("expression", "σ(x'Ax) < ⟨a, b⟩");
            w.WriteEndObject();
        }));
    }

    [Fact]
    public void DeclarationsReadLikeLetAndNameTheMostSpecificAttribute()
    {
        var n = Dim.Of("n");
        Assert.Equal("A: n x n symmetric", ShapeText.Declaration(new Var("A", Shape.Square(n), VarAttributes.Symmetric)));
        Assert.Equal("S: n x n spd", ShapeText.Declaration(new Var("S", Shape.Square(n), VarAttributes.Spd)));
        Assert.Equal("D: n x n diagonal", ShapeText.Declaration(new Var("D", Shape.Square(n), VarAttributes.Diagonal)));
        Assert.Equal("x: n", ShapeText.Declaration(new Var("x", Column)));
        Assert.Equal("c: scalar", ShapeText.Declaration(new Var("c", Shape.Scalar)));
        Assert.Equal("r: 1 x n", ShapeText.Declaration(new Var("r", Row)));
        Assert.Equal("X: m x 3", ShapeText.Declaration(new Var("X", Matrix)));
    }
}
