using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Printing;

namespace MatrixCalculus.Cli.Output;

/// <summary>
/// <c>matcalc diff --format latex</c>: an <c>aligned</c> block to paste into math mode, with the
/// steps as <c>&amp;= … &amp;&amp; \text{rule}</c> rows and the value as a <c>bmatrix</c>.
/// </summary>
internal static class DiffLatex
{
    public static string Format(DiffReport report)
    {
        var d = report.Derivation;
        var rows = new List<string> { $"f &= {LatexPrinter.Print(d.Function)}" };
        if (report.ShowSteps)
            // The first row already shows f, so the first step (f as given) is not repeated.
            rows.AddRange(d.Steps.Where(step => step.Rule.Length > 0)
                .Select(step => $@"&= {LatexPrinter.Print(step.Expression)} && \text{{{Text(step.Rule)}}}"));
        rows.Add($"{DerivativeLabels.DifferentialLatex} &= {LatexPrinter.Print(d.Differential)}");
        rows.Add($"{DerivativeLabels.ResultLatex(d)} &= {LatexPrinter.Print(d.Result)}");
        if (report.Value is not null) rows.Add($"&= {Matrix(report.Value, DerivativeLayout.Of(d))}");
        if (d.Convention is not null) rows.Add($@"&\text{{{Text(d.Convention)}}}");
        return "\\begin{aligned}\n" + string.Join(" \\\\\n", rows) + "\n\\end{aligned}";
    }

    // Inside \text{} these characters are commands or errors; write them as their text forms.
    private static string Text(string text) => string.Concat(text.Select(c => c switch
    {
        '\\' => @"\textbackslash{}",
        '{' or '}' or '_' or '#' or '%' or '&' or '$' => "\\" + c,
        '^' => @"\textasciicircum{}",
        '~' => @"\textasciitilde{}",
        _ => c.ToString(),
    }));

    private static string Matrix(Matrix<double> value, ValueLayout layout) => layout == ValueLayout.Scalar
        ? Numbers.Format(value[0, 0])
        : @"\begin{bmatrix} " + string.Join(@" \\ ", value.EnumerateRows().Select(row => string.Join(" & ", row.Select(Numbers.Format)))) + @" \end{bmatrix}";
}
