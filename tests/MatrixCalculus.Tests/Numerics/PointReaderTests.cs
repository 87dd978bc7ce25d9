using MatrixCalculus.Numerics;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Tests.Numerical.NumericFixtures;

namespace MatrixCalculus.Tests.Numerical;

public class PointReaderTests
{
    private static readonly Var Sq = new("A", Shape.Square(N));

    [Fact]
    public void ReadsMatricesVectorsAndScalarsAndInfersSizes()
    {
        var at = PointReader.Read("""{"A": [[1, 2], [3, 4]], "x": [1, 2], "c": 0.5}""", [Sq, x, c]);
        Equal(Rows([1, 2], [3, 4]), at["A"]);
        Equal(Column(1, 2), at["x"]);
        Equal(Number(0.5), at["c"]);
        Assert.Equal(2, at.SizeOf(N));
        Assert.Equal(["A", "c", "x"], at.Names);
    }

    [Fact]
    public void AVectorMayBeWrittenAsAColumn() =>
        Equal(Column(1, 2, 3), PointReader.Read("""{"y": [[1], [2], [3]]}""", [y])["y"]);

    [Fact]
    public void ARowSymbolTakesAFlatListAsARow()
    {
        var r = new Var("r", new Shape(Dim.One, M));
        Equal(Rows([1, 2, 3]), PointReader.Read("""{"r": [1, 2, 3]}""", [r])["r"]);
    }

    [Fact]
    public void NonSquareMatricesBindBothSizes()
    {
        var at = PointReader.Read("""{"A": [[1, 2, 3], [4, 5, 6]], "B": [[1, 0], [2, 1], [0, 3]]}""", [A, B]);
        Assert.Equal((2, 3), (at.SizeOf(N), at.SizeOf(M)));
        Equal(Rows([5, 11], [14, 23]), Evaluator.Evaluate(Ex.MatMul(A, B), at));
    }

    [Fact]
    public void NamesThatAreNotSymbolsAreIgnored()
    {
        var at = PointReader.Read("""{"x": [1, 2], "note": "any text", "B": [[true]]}""", [x]);
        Assert.Equal(["x"], at.Names);
    }

    [Fact]
    public void CommentsAndTrailingCommasAreAllowed() =>
        Equal(Column(1, 2), PointReader.Read("{\n  // the point\n  \"x\": [1, 2,],\n}", [x])["x"]);

    [Fact]
    public void DeclaredStructureThatHoldsIsAccepted()
    {
        var s = new Var("S", Shape.Square(N), VarAttributes.Spd);
        var d = new Var("D", Shape.Square(N), VarAttributes.Diagonal);
        var at = PointReader.Read("""{"S": [[2, 1], [1, 3]], "D": [[1, 0], [0, -2]]}""", [s, d]);
        Assert.Equal(Math.Log(5), Evaluator.EvaluateScalar(Ex.LogDet(s), at), 1e-14);
    }

    [Fact]
    public void KnownSizesAreChecked()
    {
        var x3 = new Var("X", new Shape(Dim.Of(3), Dim.Of("d")));
        var at = PointReader.Read("""{"X": [[1], [2], [3]]}""", [x3]);
        Assert.Equal(1, at.SizeOf(Dim.Of("d")));
    }
}
