using System.Text.Json;
using MatrixCalculus.Printing;

namespace MatrixCalculus.Reports;

/// <summary>
/// <c>matcalc diff --format json</c> (cli-contract.md), keys in this order: expression, wrt,
/// order, kind, shape, differential, result, latex, then steps (with --steps), value (with --at), hvp (with --along),
/// and the extensions convention (symmetric variables) and direction (a linear map's V) when they apply.
/// Several variables (<c>--wrt w,b</c>) print an array of these objects in the order given; at
/// order 2 the object of each variable also holds <c>"mixed"</c>: its mixed blocks with the
/// variables after it, each an object of the same keys with <c>"wrt"</c> the second variable and
/// <c>"label"</c> (<c>∂²f/∂w∂b</c>).
/// </summary>
public static class DiffJson
{
    /// <summary>The object as one line of JSON.</summary>
    public static string Format(DiffReport report) => Json.Write(writer => WriteObject(writer, report, []));

    /// <summary>The array of per-variable objects, each followed by the mixed blocks it starts.</summary>
    public static string Format(IReadOnlyList<DiffReport> derivatives, IReadOnlyList<DiffReport> mixed) => Json.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var report in derivatives)
            WriteObject(writer, report, mixed.Where(block => block.Derivation.FirstWrt == report.Derivation.Wrt).ToList());
        writer.WriteEndArray();
    });

    /// <summary>
    /// One variable's object, written where the caller is (also an element of the array that
    /// several variables print).
    /// </summary>
    public static void Write(Utf8JsonWriter writer, DiffReport report) => WriteObject(writer, report, []);

    /// <summary>One derivative's object; a mixed block is written with the same function (and its label).</summary>
    public static void WriteObject(Utf8JsonWriter writer, DiffReport report, IReadOnlyList<DiffReport> mixed)
    {
        var d = report.Derivation;
        writer.WriteStartObject();
        writer.WriteString("expression", report.Compiled.Source);
        writer.WriteString("wrt", d.Wrt.Name);
        if (d.IsMixed) writer.WriteString("label", DerivativeLabels.Result(d));
        writer.WriteNumber("order", d.Order);
        // A mixed block is a block of the Hessian, whatever form its numbers take.
        writer.WriteString("kind", d.IsMixed ? "hessian" : d.Kind.ToString().ToLowerInvariant());
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
        // The reading (inferred shapes, notes on split names) belongs to f: once, not per mixed block.
        if (!d.IsMixed) ReadingJson.Write(writer, report.Compiled);
        if (mixed.Count > 0)
        {
            writer.WriteStartArray("mixed");
            foreach (var block in mixed) WriteObject(writer, block, []);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
