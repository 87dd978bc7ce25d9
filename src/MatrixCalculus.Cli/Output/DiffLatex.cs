using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Printing;

namespace MatrixCalculus.Cli.Output;

/// <summary>
/// <c>matcalc diff --format latex</c>: an <c>aligned</c> block to paste into math mode, with the
/// rows f, df and the derivative, or with <c>--steps</c> f and the derivation's rows (<see cref="DerivationLatex"/>,
/// which end with the derivative), then the value as a <c>bmatrix</c> and the convention.
/// </summary>
internal static class DiffLatex
{
    public static string Format(DiffReport report)
    {
        var d = report.Derivation;
        var rows = new List<string> { $"f &= {LatexPrinter.Print(d.Function)}" };
        if (report.ShowSteps)
            // The derivation passes through df and ends with the derivative's row: not repeated.
            rows.AddRange(DerivationLatex.Rows(d));
        else
        {
            rows.Add($"{DerivativeLabels.DifferentialLatex} &= {LatexPrinter.Print(d.Differential)}");
            rows.Add($"{DerivativeLabels.ResultLatex(d)} &= {LatexPrinter.Print(d.Result)}");
        }
        if (report.Value is not null) rows.Add($"&= {Matrix(report.Value, DerivativeLayout.Of(d))}");
        if (report.Hvp is not null) rows.Add($@"\nabla^2 f\, v &= {Matrix(report.Hvp, report.HvpLayout)}");
        if (d.Convention is not null) rows.Add($@"&\text{{{LatexText.Escape(d.Convention)}}}");
        return "\\begin{aligned}\n" + string.Join(" \\\\\n", rows) + "\n\\end{aligned}";
    }

    private static string Matrix(Matrix<double> value, ValueLayout layout) => layout == ValueLayout.Scalar
        ? Numbers.Format(value[0, 0])
        : @"\begin{bmatrix} " + string.Join(@" \\ ", value.EnumerateRows().Select(row => string.Join(" & ", row.Select(Numbers.Format)))) + @" \end{bmatrix}";
}
