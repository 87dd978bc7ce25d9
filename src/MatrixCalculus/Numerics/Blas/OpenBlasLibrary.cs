using System.Runtime.InteropServices;

namespace MatrixCalculus.Numerics.Blas;

/// <summary>
/// The system's OpenBLAS (Debian: <c>libopenblas0</c>), loaded by name at run time, so that a
/// machine without it runs on managed code. MathNet's own OpenBLAS provider cannot use it: that
/// provider calls a wrapper library of MathNet's (libMathNetNumericsOpenBLAS) that no package
/// ships for Linux, so the one routine that pays, <c>cblas_dgemm</c>, is called here directly.
/// </summary>
internal sealed unsafe class OpenBlasLibrary
{
    /// <summary>The names tried, in order: the Debian/Ubuntu soname, then the unversioned and other platforms' names.</summary>
    public static readonly string[] Names = ["libopenblas.so.0", "libopenblas.so", "libopenblas.dylib", "libopenblas.dll", "openblas"];

    // CBLAS constants (cblas.h); MathNet's Transpose enum uses the same numbers (111, 112, 113).
    private const int ColumnMajor = 102;

    private readonly delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void> dgemm;

    private OpenBlasLibrary(string name, nint dgemm, nint setThreads, int threads)
    {
        Name = name;
        this.dgemm = (delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void>)dgemm;
        // OpenBLAS starts one thread per core when it loads; products run on the number asked for.
        if (setThreads != 0) ((delegate* unmanaged<int, void>)setThreads)(threads);
        Threads = threads;
    }

    public string Name { get; }
    public int Threads { get; }

    /// <summary>The first of <paramref name="names"/> that loads and exports cblas_dgemm, or null.</summary>
    public static OpenBlasLibrary? TryLoad(IEnumerable<string> names, int threads)
    {
        foreach (var name in names)
        {
            if (!NativeLibrary.TryLoad(name, out var handle)) continue;
            if (NativeLibrary.TryGetExport(handle, "cblas_dgemm", out var dgemm))
            {
                NativeLibrary.TryGetExport(handle, "openblas_set_num_threads", out var setThreads);
                return new OpenBlasLibrary(name, dgemm, setThreads, threads);
            }
            NativeLibrary.Free(handle);
        }
        return null;
    }

    /// <summary>c = alpha op(a) op(b) + beta c on column-major storage, op(a) m×k, op(b) k×n.</summary>
    public void Dgemm(int transposeA, int transposeB, int m, int n, int k, double alpha,
        double[] a, int leadingA, double[] b, int leadingB, double beta, double[] c)
    {
        fixed (double* pa = a, pb = b, pc = c)
            dgemm(ColumnMajor, transposeA, transposeB, m, n, k, alpha, pa, leadingA, pb, leadingB, beta, pc, m);
    }
}
