using MatrixCalculus.Printing;
using MatrixCalculus.Reports;

namespace MatrixCalculus.Web.Tests.Browser;

/// <summary>
/// What the page must show, from the library itself (never written out by hand), each derivative
/// checked against finite differences first.
/// </summary>
public static class Expected
{
    /// <summary>The LaTeX the page hands KaTeX for the result: <c>\nabla_{x} f = (A + A^\top)x</c>.</summary>
    public static string ResultLatex(string expression, string wrt, string? let = null, int order = 1)
    {
        var compiled = Engine.Compile(expression, let);
        var derivation = Engine.Differentiate(compiled, wrt, order);
        var check = Engine.Check(compiled, derivation);
        Assert.True(check.Passed, $"{expression} wrt {wrt}: the check fails ({check.MaxRelativeError})");
        return $"{DerivativeLabels.ResultLatex(derivation)} = {LatexPrinter.Print(derivation.Result)}";
    }

    /// <summary>The number of rows of the derivation (d f, each rule, the result).</summary>
    public static int StepCount(string expression, string wrt) =>
        Engine.Differentiate(Engine.Compile(expression), wrt).Steps.Count;

    /// <summary>What <c>matcalc codegen EXPR --wrt V --lang L</c> prints.</summary>
    public static string Code(string expression, string wrt, string language)
    {
        var (exit, code, error) = Support.MatcalcCli.RunRaw("codegen", expression, "--wrt", wrt, "--lang", language);
        Assert.True(exit == 0, error);
        return code;
    }

    /// <summary>The text of <c>matcalc check</c> at its default seed.</summary>
    public static string CheckText(string expression, string wrt, string? let = null)
    {
        var compiled = Engine.Compile(expression, let);
        var derivation = Engine.Differentiate(compiled, wrt);
        return Reports.CheckText.Format(Engine.Check(compiled, derivation), derivation, "a random point (seed 1)");
    }
}
