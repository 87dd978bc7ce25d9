using MatrixCalculus.Printing;

namespace MatrixCalculus.Cli.Output;

/// <summary>
/// <c>matcalc diff --format json</c> (cli-contract.md), keys in this order: expression, wrt,
/// order, kind, shape, differential, result, latex, then steps (with --steps), value (with --at), hvp (with --along),
/// and the extensions convention (symmetric variables) and direction (a linear map's V) when they apply.
/// </summary>
internal static class DiffJson
{
    public static string Format(DiffReport report) => Json.Write(writer =>
    {
        var d = report.Derivation;
        writer.WriteStartObject();
        writer.WriteString("expression", report.Compiled.Source);
        writer.WriteString("wrt", d.Wrt.Name);
        writer.WriteNumber("order", d.Order);
        writer.WriteString("kind", d.Kind.ToString().ToLowerInvariant());
        writer.WritePropertyName("shape");
        DerivativeLayout.WriteShape(writer, d);
        writer.WriteString("differential", TextPrinter.Print(d.Differential));
        writer.WriteString("result", TextPrinter.Print(d.Result));
        writer.WriteString("latex", LatexPrinter.Print(d.Result));
        if (report.ShowSteps)
        {
            writer.WriteStartArray("steps");
            foreach (var step in d.Steps)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", step.Rule);
                writer.WriteString("expression", TextPrinter.Print(step.Expression));
                writer.WriteString("latex", LatexPrinter.Print(step.Expression));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (report.Value is not null)
        {
            writer.WritePropertyName("value");
            Json.Value(writer, report.Value, DerivativeLayout.Of(d));
        }
        if (report.Hvp is not null)
        {
            writer.WritePropertyName("hvp");
            Json.Value(writer, report.Hvp, report.HvpLayout);
        }
        if (d.Convention is not null) writer.WriteString("convention", d.Convention);
        if (d.Direction is not null) writer.WriteString("direction", d.Direction.Name);
        writer.WriteEndObject();
    });
}
