using MathNet.Numerics.Providers.LinearAlgebra;

namespace MatrixCalculus.Numerics.Blas;

/// <summary>
/// MathNet's linear-algebra provider with the double-precision matrix products (dense × dense,
/// and dense × vector, which MathNet also sends here) on OpenBLAS when they are large enough to
/// pay for the call, and everything else on MathNet's managed code. OpenBLAS is loaded on the
/// first product that would use it, so a command that computes nothing does not load it.
/// </summary>
internal sealed partial class OpenBlasProvider(Func<OpenBlasLibrary?> load, long minimumWork) : ILinearAlgebraProvider
{
    private readonly Lazy<OpenBlasLibrary?> library = new(load);

    /// <summary>The loaded library, or null when it is absent (then every product is managed).</summary>
    public OpenBlasLibrary? Library => library.Value;

    /// <summary>The smallest product m·n·k sent to OpenBLAS.</summary>
    public long MinimumWork => minimumWork;

    public void MatrixMultiply(double[] x, int rowsX, int columnsX, double[] y, int rowsY, int columnsY, double[] result) =>
        MatrixMultiplyWithUpdate(Transpose.DontTranspose, Transpose.DontTranspose, 1.0, x, rowsX, columnsX, y, rowsY, columnsY, 0.0, result);

    public void MatrixMultiplyWithUpdate(Transpose transposeA, Transpose transposeB, double alpha, double[] a, int rowsA, int columnsA,
        double[] b, int rowsB, int columnsB, double beta, double[] c)
    {
        int m = transposeA == Transpose.DontTranspose ? rowsA : columnsA;
        int k = transposeA == Transpose.DontTranspose ? columnsA : rowsA;
        int kB = transposeB == Transpose.DontTranspose ? rowsB : columnsB;
        int n = transposeB == Transpose.DontTranspose ? columnsB : rowsB;
        // Whatever OpenBLAS cannot take as it is (mismatched sizes, short arrays, a result that is also
        // an operand, an empty product) goes to the managed code, which checks and reports as MathNet does.
        bool native = k == kB && (long)m * n * k >= minimumWork && m > 0 && n > 0 && k > 0
            && a.Length >= (long)rowsA * columnsA && b.Length >= (long)rowsB * columnsB && c.Length >= (long)m * n
            && !ReferenceEquals(c, a) && !ReferenceEquals(c, b) && Library is not null;
        if (native)
            Library!.Dgemm((int)transposeA, (int)transposeB, m, n, k, alpha, a, Math.Max(1, rowsA), b, Math.Max(1, rowsB), beta, c);
        else
            Managed.MatrixMultiplyWithUpdate(transposeA, transposeB, alpha, a, rowsA, columnsA, b, rowsB, columnsB, beta, c);
    }

    public override string ToString() => Library is { } loaded
        ? $"OpenBLAS ({loaded.Name}, {loaded.Threads} thread{(loaded.Threads == 1 ? "" : "s")}) for products of at least {minimumWork} multiply-adds, managed otherwise"
        : "Managed (OpenBLAS not found)";
}
