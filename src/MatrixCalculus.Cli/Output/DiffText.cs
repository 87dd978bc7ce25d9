using MatrixCalculus.Reports;
using MatrixCalculus.Printing;

namespace MatrixCalculus.Cli.Output;

/// <summary>
/// <c>matcalc diff --format text</c>, one quantity per line:
/// <code>
/// f = x'Ax
/// df = dx'Ax + x'A dx
/// ∇_x f = (A + A')x
/// </code>
/// with long repeated parts named in `where` lines, then the convention (symmetric variables), the
/// value (<c>--at</c>) and, with <c>--steps</c>, the derivation as the notes write it
/// (<see cref="DerivationText"/>), indented under <c>steps:</c>.
/// </summary>
internal static class DiffText
{
    public static string Format(DiffReport report)
    {
        var d = report.Derivation;
        var lines = new List<string>
        {
            $"f = {TextPrinter.Print(d.Function)}",
            $"{DerivativeLabels.Differential} = {TextPrinter.Print(d.Differential)}",
        };
        // Long repeated parts are named once for reading: T_1 = σ(Xw + b), then X'(T_1 - y).
        var named = NamedSubterms.Name(d.Result);
        lines.Add($"{DerivativeLabels.Result(d)} = {TextPrinter.Print(named.Body)}");
        lines.AddRange(named.Definitions.Select(def => $"  where {def.Name.Name} = {TextPrinter.Print(def.Value)}"));
        if (d.Convention is not null) lines.Add($"convention: {d.Convention}");
        if (report.Value is not null) lines.Add($"value = {Json.Write(w => Json.Value(w, report.Value, DerivativeLayout.Of(d)))}");
        if (report.Hvp is not null) lines.Add($"hvp = {Json.Write(w => Json.Value(w, report.Hvp, report.HvpLayout))}");
        lines.AddRange(ReadingText.Lines(report.Compiled));
        if (report.ShowSteps)
        {
            lines.Add("steps:");
            lines.AddRange(DerivationText.Lines(d).Select(line => "  " + line));
        }
        return string.Join('\n', lines);
    }
}
