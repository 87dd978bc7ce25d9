using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;
using MatrixCalculus.Numerics.Blas;

namespace MatrixCalculus.Tests.Numerical;

// The OpenBLAS provider is tested as an instance: MathNet's global provider is left alone, since
// the other tests run beside these.
public class BlasTests
{
    private const string DebianLibrary = "/usr/lib/x86_64-linux-gnu/libopenblas.so.0";
    private static readonly ManagedLinearAlgebraProvider Managed = ManagedLinearAlgebraProvider.Instance;

    private static OpenBlasProvider Provider(params string[] names) =>
        new(() => OpenBlasLibrary.TryLoad(names.Length > 0 ? names : OpenBlasLibrary.Names, threads: 1), minimumWork: 1);

    [Fact]
    public void TheSystemLibraryIsUsedExactlyWhenItIsInstalled()
    {
        var provider = Provider();
        if (File.Exists(DebianLibrary))
            Assert.Equal("OpenBLAS (libopenblas.so.0, 1 thread) for products of at least 1 multiply-adds, managed otherwise", provider.ToString());
        else
            Assert.Null(provider.Library);
    }

    [Fact]
    public void WithoutTheLibraryEveryProductIsManaged()
    {
        var provider = Provider("libno-such-blas.so.0");
        Assert.Null(provider.Library);
        Assert.Equal("Managed (OpenBLAS not found)", provider.ToString());
        AssertProductsAgree(provider, 7, 5, 3);
    }

    // Every combination of transposes, a scaled product added to a scaled result, and sizes on
    // both sides of the blocking OpenBLAS does; the managed code is the reference.
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(7, 5, 3)]
    [InlineData(2000, 20, 1)]
    [InlineData(65, 130, 33)]
    public void ProductsAgreeWithTheManagedCode(int m, int k, int n) => AssertProductsAgree(Provider(), m, k, n);

    private static void AssertProductsAgree(OpenBlasProvider provider, int m, int k, int n)
    {
        foreach (var transposeA in new[] { Transpose.DontTranspose, Transpose.Transpose })
            foreach (var transposeB in new[] { Transpose.DontTranspose, Transpose.Transpose })
            {
                var (rowsA, columnsA) = transposeA == Transpose.DontTranspose ? (m, k) : (k, m);
                var (rowsB, columnsB) = transposeB == Transpose.DontTranspose ? (k, n) : (n, k);
                var a = Matrix<double>.Build.Random(rowsA, columnsA, 1).AsColumnMajorArray();
                var b = Matrix<double>.Build.Random(rowsB, columnsB, 2).AsColumnMajorArray();
                var expected = Matrix<double>.Build.Random(m, n, 3).AsColumnMajorArray();
                var actual = (double[])expected.Clone();
                Managed.MatrixMultiplyWithUpdate(transposeA, transposeB, 1.5, a, rowsA, columnsA, b, rowsB, columnsB, -0.5, expected);
                provider.MatrixMultiplyWithUpdate(transposeA, transposeB, 1.5, a, rowsA, columnsA, b, rowsB, columnsB, -0.5, actual);
                AssertClose(expected, actual);
            }
        var x = Matrix<double>.Build.Random(m, k, 4).AsColumnMajorArray();
        var y = Matrix<double>.Build.Random(k, n, 5).AsColumnMajorArray();
        var (plain, viaProvider) = (new double[m * n], new double[m * n]);
        Managed.MatrixMultiply(x, m, k, y, k, n, plain);
        provider.MatrixMultiply(x, m, k, y, k, n, viaProvider);
        AssertClose(plain, viaProvider);
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        double scale = expected.Max(Math.Abs) + 1;
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-12 * scale, $"entry {i}: {expected[i]} against {actual[i]}");
    }

    [Fact]
    public void AResultThatIsAlsoAnOperandIsComputedByTheManagedCode()
    {
        var square = Matrix<double>.Build.Random(40, 40, 6).AsColumnMajorArray();
        var expected = (double[])square.Clone();
        var actual = (double[])square.Clone();
        Managed.MatrixMultiplyWithUpdate(Transpose.DontTranspose, Transpose.DontTranspose, 1, square, 40, 40, square, 40, 40, 1, expected);
        Provider().MatrixMultiplyWithUpdate(Transpose.DontTranspose, Transpose.DontTranspose, 1, actual, 40, 40, square, 40, 40, 1, actual);
        AssertClose(expected, actual);
    }

    [Fact]
    public void MismatchedSizesAreMathNetsError() =>
        Assert.Equal(
            Assert.ThrowsAny<ArgumentException>(() => Managed.MatrixMultiply(new double[6], 2, 3, new double[8], 4, 2, new double[4])).GetType(),
            Assert.ThrowsAny<ArgumentException>(() => Provider().MatrixMultiply(new double[6], 2, 3, new double[8], 4, 2, new double[4])).GetType());

    [Theory]
    [InlineData(null, BlasChoice.Auto)]
    [InlineData("", BlasChoice.Auto)]
    [InlineData("auto", BlasChoice.Auto)]
    [InlineData(" OpenBLAS ", BlasChoice.OpenBlas)]
    [InlineData("managed", BlasChoice.Managed)]
    public void TheVariableNamesAChoice(string? value, BlasChoice choice) => Assert.Equal((choice, (string?)null), Blas.Parse(value));

    [Fact]
    public void AnUnknownChoiceIsAProblem() =>
        Assert.Equal("MATCALC_BLAS must be auto, openblas or managed, not `mkl`.", Blas.Parse("mkl").Problem);
}
