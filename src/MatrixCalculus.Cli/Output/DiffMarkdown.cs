using MatrixCalculus.Printing;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Cli.Output;

/// <summary>
/// <c>matcalc diff --format markdown</c>: a table of f, df and the derivative (and convention and
/// value), then with <c>--steps</c> a second table of the derivation: step | expression | rule.
/// </summary>
internal static class DiffMarkdown
{
    public static string Format(DiffReport report)
    {
        var d = report.Derivation;
        var lines = new List<string>
        {
            "| | |",
            "|---|---|",
            Row("f", Code(TextPrinter.Print(d.Function))),
            Row(DerivativeLabels.Differential, Code(TextPrinter.Print(d.Differential))),
        };
        // The result as the derivation names it when the steps follow (a name means one thing in one output).
        var named = DisplayNames.For(d, report.ShowSteps);
        var shown = new HashSet<Var>();
        if (report.ShowSteps) lines.AddRange(named.NewlyUsed([named.Result], shown).Select(def => Row("where " + Code(def.Name.Name), Code(TextPrinter.Print(def.Value)))));
        lines.Add(Row(DerivativeLabels.Result(d), Code(TextPrinter.Print(report.ShowSteps ? named.Result : d.Result))));
        if (d.Convention is not null) lines.Add(Row("convention", Cell(d.Convention)));
        if (report.Value is not null) lines.Add(Row("value", Code(Json.Write(w => Json.Value(w, report.Value, DerivativeLayout.Of(d))))));
        if (report.Hvp is not null) lines.Add(Row("hvp", Code(Json.Write(w => Json.Value(w, report.Hvp, report.HvpLayout)))));
        if (report.ShowSteps)
        {
            lines.Add("");
            lines.AddRange(DerivationMarkdown.Rows(d, named, shown));
        }
        return string.Join('\n', lines);
    }

    private static string Row(string label, string content) => $"| {Cell(label)} | {content} |";

    private static string Cell(string text) => DerivationMarkdown.Cell(text);

    private static string Code(string text) => DerivationMarkdown.Code(text);
}
