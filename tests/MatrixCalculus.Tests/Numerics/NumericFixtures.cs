using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using Environment = MatrixCalculus.Numerics.Environment;

// Not "…Tests.Numerics": that namespace would shadow MatrixCalculus.Numerics for "Numerics.X" in sibling test namespaces.
namespace MatrixCalculus.Tests.Numerical;

/// <summary>
/// Symbols and values with hand-checkable numbers: n = 2, m = 3, so a missing transpose is a
/// shape error rather than a silently wrong square product.
/// </summary>
internal static class NumericFixtures
{
    public static readonly Dim N = new Dim.Named("n");
    public static readonly Dim M = new Dim.Named("m");

    public static readonly Var A = new("A", new Shape(N, M));           // 2×3
    public static readonly Var B = new("B", new Shape(M, N));           // 3×2
    public static readonly Var S = new("S", Shape.Square(N), VarAttributes.Symmetric);
    public static readonly Var x = new("x", Shape.Column(N));
    public static readonly Var y = new("y", Shape.Column(M));
    public static readonly Var c = new("c", Shape.Scalar);

    public static readonly Var[] Symbols = [A, B, S, x, y, c];

    public static Matrix<double> Rows(params double[][] rows) => Matrix<double>.Build.DenseOfRowArrays(rows);
    public static Matrix<double> Column(params double[] entries) => Matrix<double>.Build.DenseOfColumnArrays(entries);
    public static Matrix<double> Number(double value) => Matrix<double>.Build.Dense(1, 1, value);

    public static Environment Point() => Environment.FromValues(Symbols, new Dictionary<string, Matrix<double>>
    {
        ["A"] = Rows([1, 2, 3], [4, 5, 6]),
        ["B"] = Rows([1, 0], [2, 1], [0, 3]),
        ["S"] = Rows([2, 1], [1, 3]),
        ["x"] = Column(1, 2),
        ["y"] = Column(1, -1, 2),
        ["c"] = Number(0.5),
    });

    /// <summary>A point with only x bound (so n is its length).</summary>
    public static Environment PointWithX(params double[] entries) => Environment.FromValues([x], new Dictionary<string, Matrix<double>>
    {
        ["x"] = Column(entries),
    });

    public static void Equal(Matrix<double> expected, Matrix<double> actual, double tolerance = 1e-12)
    {
        Assert.Equal((expected.RowCount, expected.ColumnCount), (actual.RowCount, actual.ColumnCount));
        for (int i = 0; i < expected.RowCount; i++)
            for (int j = 0; j < expected.ColumnCount; j++)
                Assert.True(Math.Abs(expected[i, j] - actual[i, j]) <= tolerance * Math.Max(1, Math.Abs(expected[i, j])),
                    $"entry ({i}, {j}): expected {expected[i, j]}, got {actual[i, j]}\nexpected:\n{expected}\nactual:\n{actual}");
    }
}
