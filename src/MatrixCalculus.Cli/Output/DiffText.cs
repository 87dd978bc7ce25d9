using MatrixCalculus.Reports;
using MatrixCalculus.Printing;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Cli.Output;

/// <summary>
/// <c>matcalc diff --format text</c>, one quantity per line:
/// <code>
/// f = x'Ax
/// df = dx'Ax + x'A dx
/// ∇_x f = (A + A')x
/// </code>
/// with long repeated parts named in `where` lines just before the line that first uses them (one
/// naming for the whole output: a name means the same in the header and in the steps), then the convention (symmetric variables), the
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
        var named = DisplayNames.For(d, report.ShowSteps);
        var shown = new HashSet<Var>();
        lines.AddRange(named.NewlyUsed([named.Result], shown).Select(def => $"  where {def.Name.Name} = {TextPrinter.Print(def.Value)}"));
        lines.Add($"{DerivativeLabels.Result(d)} = {TextPrinter.Print(named.Result)}");
        if (d.Convention is not null) lines.Add($"convention: {d.Convention}");
        if (report.Value is not null) lines.Add($"value = {Json.Write(w => Json.Value(w, report.Value, DerivativeLayout.Of(d)))}");
        if (report.Hvp is not null) lines.Add($"hvp = {Json.Write(w => Json.Value(w, report.Hvp, report.HvpLayout))}");
        lines.AddRange(ReadingText.Lines(report.Compiled));
        if (report.ShowSteps)
        {
            lines.Add("steps:");
            lines.AddRange(DerivationText.Lines(d, named, shown).Select(line => "  " + line));
        }
        return string.Join('\n', lines);
    }
}
