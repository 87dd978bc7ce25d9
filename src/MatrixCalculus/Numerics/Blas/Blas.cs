using System.Globalization;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace MatrixCalculus.Numerics.Blas;

/// <summary>Which code the matrix products run on (<see cref="Blas.Use"/>, the <c>MATCALC_BLAS</c> variable).</summary>
public enum BlasChoice
{
    /// <summary>OpenBLAS for the products large enough to pay for it when the library is installed, managed code otherwise (the default).</summary>
    Auto,
    /// <summary>OpenBLAS for every product when the library is installed (managed code when it is not).</summary>
    OpenBlas,
    /// <summary>MathNet's managed code only.</summary>
    Managed,
}

/// <summary>
/// Chooses, once for the whole process, the linear-algebra code MathNet runs on: the choice is
/// MathNet's global <c>LinearAlgebraControl.Provider</c>, so every evaluation (and hand-written
/// MathNet code in the same process) uses it. <see cref="Engine"/> makes the choice from the
/// environment on first use: <c>MATCALC_BLAS</c> = <c>auto</c> (default), <c>openblas</c> or
/// <c>managed</c>; <c>MATCALC_BLAS_THREADS</c> = OpenBLAS's threads (default 1, so that timings
/// compare single-threaded code). A provider chosen before (MathNet's own variable
/// <c>MathNetNumericsLAProvider</c>, or one set in code) is kept.
/// </summary>
public static class Blas
{
    /// <summary>The environment variable naming the choice.</summary>
    public const string Variable = "MATCALC_BLAS";
    /// <summary>The environment variable giving OpenBLAS's thread count.</summary>
    public const string ThreadsVariable = "MATCALC_BLAS_THREADS";

    /// <summary>
    /// The smallest product (m·n·k multiply-adds) worth a call to OpenBLAS under <see cref="BlasChoice.Auto"/>.
    /// Measured by bench/MatrixCalculus.Bench/BlasBenchmarks.cs (one thread each): OpenBLAS is 4.7× faster
    /// at 16×16 times 16×16 and 2.6× at 8×8, where a product takes about 2 µs either way. Below
    /// 16·16·16 the gain is a microsecond, and those products keep the managed code's exact bits
    /// (the small, hand-checked values of the tests and the examples).
    /// </summary>
    public const long AutoMinimumWork = 16 * 16 * 16;

    private static readonly object Gate = new();
    private static bool chosen;

    /// <summary>A description of the code in use, e.g. "OpenBLAS (libopenblas.so.0, 1 thread) for products of at least 4096 multiply-adds, managed otherwise".</summary>
    public static string Description => LinearAlgebraControl.Provider.ToString() ?? "";

    /// <summary>True when products are (at least in part) running on OpenBLAS.</summary>
    public static bool UsesOpenBlas => LinearAlgebraControl.Provider is OpenBlasProvider { Library: not null };

    /// <summary>Makes the choice from the environment, the first time only (later calls do nothing).</summary>
    public static void UseFromEnvironment()
    {
        lock (Gate)
        {
            if (chosen) return;
            chosen = true;
            // A provider the application chose (MathNet's variable, or MKL set in code) is its to keep.
            if (System.Environment.GetEnvironmentVariable("MathNetNumericsLAProvider") is { Length: > 0 }) return;
            if (LinearAlgebraControl.Provider is not ManagedLinearAlgebraProvider) return;
            var (choice, _) = Parse(System.Environment.GetEnvironmentVariable(Variable));
            Install(choice, OpenBlasLibrary.Names);
        }
    }

    /// <summary>Makes <paramref name="choice"/> for the process; returns whether products may run on OpenBLAS (false when it is not installed).</summary>
    public static bool Use(BlasChoice choice)
    {
        lock (Gate)
        {
            chosen = true;
            Install(choice, OpenBlasLibrary.Names);
            return UsesOpenBlas;
        }
    }

    /// <summary>The choice a <c>MATCALC_BLAS</c> value names (unset or empty: auto), or the problem with it.</summary>
    public static (BlasChoice Choice, string? Problem) Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => (BlasChoice.Auto, null),
        "openblas" => (BlasChoice.OpenBlas, null),
        "managed" => (BlasChoice.Managed, null),
        _ => (BlasChoice.Auto, $"{Variable} must be auto, openblas or managed, not `{value}`."),
    };

    // The library names are a parameter so that tests can ask for one that does not exist.
    // Nothing is loaded here: the provider loads OpenBLAS on the first product large enough.
    internal static void Install(BlasChoice choice, IReadOnlyList<string> libraryNames)
    {
        if (choice == BlasChoice.Managed)
            LinearAlgebraControl.UseManaged();
        else
            LinearAlgebraControl.Provider = new OpenBlasProvider(() => OpenBlasLibrary.TryLoad(libraryNames, Threads()),
                choice == BlasChoice.OpenBlas ? 1 : AutoMinimumWork);
    }

    private static int Threads() =>
        int.TryParse(System.Environment.GetEnvironmentVariable(ThreadsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int threads) && threads > 0
            ? threads
            : 1;
}
