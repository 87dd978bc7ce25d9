using System.Globalization;

namespace MatrixCalculus.Cli.Output;

/// <summary>Numbers as text: invariant culture, shortest form that reads back to the same double.</summary>
internal static class Numbers
{
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
