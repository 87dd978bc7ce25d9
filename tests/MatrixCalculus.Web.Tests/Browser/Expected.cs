using MatrixCalculus.CodeGen;
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

    /// <summary>Several variables: the rows <c>label &amp;= result</c> of each derivative in an aligned block.</summary>
    public static string AlignedLatex(string expression, IReadOnlyList<string> wrt, string? let = null)
    {
        var compiled = Engine.Compile(expression, let, wrt.ToList());
        var all = Engine.Differentiate(compiled, wrt);
        Assert.All(all.Derivatives, d => Assert.True(Engine.Check(compiled, d).Passed));
        var rows = all.Derivatives.Select(d => $"{DerivativeLabels.ResultLatex(d)} &= {LatexPrinter.Print(d.Result)}");
        return $@"\begin{{aligned}} {string.Join(@" \\ ", rows)} \end{{aligned}}";
    }

    /// <summary>The number of rows of the derivation (d f, each rule, the result).</summary>
    public static int StepCount(string expression, string wrt) =>
        Engine.Differentiate(Engine.Compile(expression), wrt).Steps.Count;

    /// <summary>What <c>matcalc codegen EXPR --wrt V --lang L</c> prints (the API tests compare the two).</summary>
    public static string Code(string expression, string wrt, string language)
    {
        var compiled = Engine.Compile(expression);
        var lang = language switch { "numpy" => Language.NumPy, "pytorch" => Language.PyTorch, _ => Language.CSharp };
        return CodeGenerator.Generate(compiled, Engine.Differentiate(compiled, wrt), lang);
    }

    /// <summary>The text of <c>matcalc check</c> at its default seed.</summary>
    public static string CheckText(string expression, string wrt, string? let = null)
    {
        var compiled = Engine.Compile(expression, let);
        var derivation = Engine.Differentiate(compiled, wrt);
        return Reports.CheckText.Format(Engine.Check(compiled, derivation), derivation, "a random point (seed 1)");
    }
}
