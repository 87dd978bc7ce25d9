using MatrixCalculus.Numerics;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Tests.Numerical.NumericFixtures;

namespace MatrixCalculus.Tests.Numerical;

// Leaves, sums, products, transposes and reshapes, against numbers worked by hand.
public class EvaluatorStructureTests
{
    private static readonly MatrixCalculus.Numerics.Environment At = Point();

    [Fact]
    public void AVariableEvaluatesToItsValue() =>
        Equal(Rows([1, 2, 3], [4, 5, 6]), Evaluator.Evaluate(A, At));

    [Fact]
    public void AConstantIsOneByOne() =>
        Equal(Number(2.5), Evaluator.Evaluate(Ex.Num(2.5), At));

    [Fact]
    public void ZeroIdentityAndOnesTakeTheirSizesFromThePoint()
    {
        Equal(Rows([0, 0, 0], [0, 0, 0]), Evaluator.Evaluate(Ex.ZeroOf(new Shape(N, M)), At));
        Equal(Rows([1, 0], [0, 1]), Evaluator.Evaluate(new Identity(N), At));
        Equal(Column(1, 1, 1), Evaluator.Evaluate(new Ones(Shape.Column(M)), At));
        Equal(Rows([1, 1, 1, 1]), Evaluator.Evaluate(new Ones(new Shape(Dim.One, Dim.Of(4))), At));
    }

    [Fact]
    public void AProductSizeNameIsTheProductOfItsFactors() =>
        Equal(Column(0, 0, 0, 0, 0, 0), Evaluator.Evaluate(Ex.ZeroOf(Shape.Column(DimOps.Times(N, M))), At));

    [Fact]
    public void AnUnboundSizeNamesTheTerm()
    {
        var k = new Identity(Dim.Of("k"));
        var error = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(k, At));
        Assert.Same(k, error.Subexpression);
        Assert.Equal($"the size k of {k} is not known at this point.", error.Message);
    }

    [Fact]
    public void AMissingSymbolIsAnErrorNamingIt()
    {
        var z = new Var("z", Shape.Column(N));
        var error = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(Ex.Add(x, z), At));
        Assert.Same(z, error.Subexpression);
        Assert.Equal("the point gives no value for z.", error.Message);
        Assert.Equal(MatrixCalculus.Syntax.DiagnosticCode.Point, error.Code);
    }

    [Fact]
    public void ADomainErrorBecomesADiagnosticWhereTheCallerPointsIt()
    {
        var log = Ex.Apply(ElementFunction.Log, y);
        var error = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(log, At));
        var diagnostic = error.ToDiagnostic("log(y)", MatrixCalculus.Syntax.SourceSpan.At("log(y)", 0, 6));
        Assert.Equal(MatrixCalculus.Syntax.DiagnosticCode.Domain, diagnostic.Code);
        Assert.Equal($"error MC4002 (line 1, column 1): log of a non-positive value in {log}.\n  log(y)\n  ^^^^^^", diagnostic.Render());
    }

    [Fact]
    public void AddSumsEveryTerm() =>
        Equal(Column(1, -3, 3), Evaluator.Evaluate(Ex.Add(y, y, Ex.Scale(Ex.Num(-1), new Ones(Shape.Column(M)))), At));

    [Fact]
    public void MatMulMultipliesTwoByThreeByThreeByTwo() =>
        Equal(Rows([5, 11], [14, 23]), Evaluator.Evaluate(Ex.MatMul(A, B), At));

    [Fact]
    public void MatMulChainsLeftToRight() =>
        // x' A y = [1 2] [[1 2 3] [4 5 6]] [1 -1 2]' = [9 12 15] [1 -1 2]' = 27
        Equal(Number(27), Evaluator.Evaluate(Ex.MatMul(Ex.Transpose(x), A, y), At));

    [Fact]
    public void DiagonalOnTheLeftScalesRows() =>
        Equal(Rows([1, 2, 3], [8, 10, 12]), Evaluator.Evaluate(Ex.MatMul(Ex.DiagMatrix(x), A), At));

    [Fact]
    public void DiagonalOnTheRightScalesColumns() =>
        Equal(Rows([1, 0], [2, 2], [0, 6]), Evaluator.Evaluate(Ex.MatMul(B, Ex.DiagMatrix(x)), At));

    [Fact]
    public void DiagonalsInTheMiddleAndInARowCombine() =>
        // diag(x) diag(x) S diag(x) = [[1 0] [0 4]] [[2 1] [1 3]] [[1 0] [0 2]] = [[2 2] [4 24]]
        Equal(Rows([2, 2], [4, 24]), Evaluator.Evaluate(new MatMul(Seq<Expr>.Of(Ex.DiagMatrix(x), Ex.DiagMatrix(x), S, Ex.DiagMatrix(x))), At));

    [Fact]
    public void AProductOfDiagonalsAloneIsDiagonal() =>
        Equal(Rows([1, 0], [0, 4]), Evaluator.Evaluate(new MatMul(Seq<Expr>.Of(Ex.DiagMatrix(x), Ex.DiagMatrix(x))), At));

    [Fact]
    public void ScaleMultipliesByTheCoefficient() =>
        Equal(Rows([0.5, 1, 1.5], [2, 2.5, 3]), Evaluator.Evaluate(Ex.Scale(c, A), At));

    [Fact]
    public void DivideDividesByTheScalar() =>
        Equal(Column(2, 4), Evaluator.Evaluate(Ex.Divide(x, c), At));

    [Fact]
    public void TransposeSwapsRowsAndColumns() =>
        Equal(Rows([1, 4], [2, 5], [3, 6]), Evaluator.Evaluate(Ex.Transpose(A), At));

    [Fact]
    public void KronPlacesBlocksRowByRow()
    {
        // S ⊗ x = [[2x, 1x], [1x, 3x]]
        Equal(Rows([2, 1], [4, 2], [1, 3], [2, 6]), Evaluator.Evaluate(Ex.Kron(S, x), At));
        // x' ⊗ A = [1·A, 2·A]
        Equal(Rows([1, 2, 3, 2, 4, 6], [4, 5, 6, 8, 10, 12]), Evaluator.Evaluate(Ex.Kron(Ex.Transpose(x), A), At));
    }

    [Fact]
    public void VecStacksColumns() =>
        Equal(Column(1, 4, 2, 5, 3, 6), Evaluator.Evaluate(Ex.Vec(A), At));

    [Fact]
    public void DiagMatrixAndDiagVector()
    {
        Equal(Rows([1, 0], [0, 2]), Evaluator.Evaluate(Ex.DiagMatrix(x), At));
        Equal(Column(2, 3), Evaluator.Evaluate(Ex.DiagVector(S), At));
    }

    [Fact]
    public void TraceSumAndInner()
    {
        Equal(Number(28), Evaluator.Evaluate(Ex.Trace(Ex.MatMul(A, B)), At));
        Equal(Number(21), Evaluator.Evaluate(Ex.Sum(A), At));
        // ⟨A, Bᵀ⟩ = 1·1 + 2·2 + 3·0 + 4·0 + 5·1 + 6·3 = 28 = tr(AB)
        Equal(Number(28), Evaluator.Evaluate(Ex.Inner(A, Ex.Transpose(B)), At));
    }

    [Fact]
    public void EvaluateScalarReturnsTheNumber() =>
        Assert.Equal(21, Evaluator.EvaluateScalar(Ex.Sum(A), At));

    [Fact]
    public void ADifferentialHasNoValue() =>
        Assert.Throws<InvalidOperationException>(() => Evaluator.Evaluate(Ex.D(x), At));

    [Fact]
    public void AValueOfTheWrongShapeIsABug()
    {
        var wrong = MatrixCalculus.Numerics.Environment.FromValues([], new Dictionary<string, MathNet.Numerics.LinearAlgebra.Matrix<double>>
        {
            ["A"] = Rows([1, 2], [3, 4]),
            ["B"] = Rows([1, 2, 3]),
        });
        // Bound without its symbol, the value is unchecked; the term A B is ill-shaped on it.
        Assert.Throws<InvalidOperationException>(() => Evaluator.Evaluate(Ex.MatMul(A, B), wrong));
    }
}
