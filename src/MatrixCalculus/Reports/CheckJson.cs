using MatrixCalculus.Calculus;

namespace MatrixCalculus.Reports;

/// <summary>
/// The outcome of a numeric check as JSON, keys in this order: expression, wrt, order, passed,
/// maxRelativeError, tolerance, directions, warnings, and text (the lines <c>matcalc check</c>
/// prints, <see cref="CheckText"/>).
/// </summary>
public static class CheckJson
{
    /// <summary>The object as one line of JSON; <paramref name="where"/> names the point as <see cref="CheckText"/> does.</summary>
    public static string Format(CompiledExpression compiled, Derivation d, CheckReport report, string where) => Json.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("expression", compiled.Source);
        writer.WriteString("wrt", d.Wrt.Name);
        writer.WriteNumber("order", d.Order);
        writer.WriteBoolean("passed", report.Passed);
        writer.WritePropertyName("maxRelativeError");
        Json.Number(writer, report.MaxRelativeError);
        writer.WritePropertyName("tolerance");
        Json.Number(writer, report.Tolerance);
        writer.WriteNumber("directions", report.Directions);
        writer.WriteStartArray("warnings");
        foreach (var warning in report.Warnings) writer.WriteStringValue(warning);
        writer.WriteEndArray();
        writer.WriteString("text", CheckText.Format(report, d, where));
        writer.WriteEndObject();
    });
}
