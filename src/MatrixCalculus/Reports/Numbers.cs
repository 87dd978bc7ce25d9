using System.Globalization;

namespace MatrixCalculus.Reports;

/// <summary>Numbers as text: invariant culture, shortest form that reads back to the same double.</summary>
public static class Numbers
{
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
