using MatrixCalculus.Calculus;
using MatrixCalculus.Printing;

namespace MatrixCalculus.Reports;

/// <summary>
/// <c>matcalc check</c>:
/// <code>
/// passed: ∇_x f of x'Ax at a random point (seed 1)
/// max relative error: 3.2E-11
/// tolerance: 1E-06
/// warning: …
/// </code>
/// </summary>
public static class CheckText
{
    public static string Format(CheckReport report, Derivation d, string where)
    {
        var lines = new List<string>
        {
            $"{(report.Passed ? "passed" : "FAILED")}: {DerivativeLabels.Result(d)} of {TextPrinter.Print(d.Function)} at {where}",
            $"max relative error: {Numbers.Format(report.MaxRelativeError)}",
            $"tolerance: {Numbers.Format(report.Tolerance)}",
        };
        lines.AddRange(report.Warnings.Select(warning => $"warning: {warning}"));
        return string.Join('\n', lines);
    }
}
