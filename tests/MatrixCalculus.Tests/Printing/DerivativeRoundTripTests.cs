using MatrixCalculus.Calculus;
using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.Printing;

/// <summary>
/// The CLI's "result" must be re-parseable by eval: every gradient (and the Hessian wrt each
/// vector) of every well-shaped scalar input of the binder's table, and a list of Jacobians and
/// Kronecker forms, prints as text that compiles back to the same term (up to
/// <see cref="ReadBackEquivalence"/>), and its LaTeX prints.
/// </summary>
public class DerivativeRoundTripTests
{
    public static IEnumerable<object[]> Derivatives()
    {
        foreach (var row in AsvCases.Read("shapes.asv"))
        {
            var f = CompileOrNull((string)row[0]);
            if (f is null || !f.Shape.IsScalar) continue;
            foreach (var wrt in f.Variables())
            {
                yield return [(string)row[0], wrt.Name, 1];
                if (wrt.Shape.IsColumn) yield return [(string)row[0], wrt.Name, 2];
            }
        }
        foreach (var (input, wrt) in VectorAndMatrixFunctions) yield return [input, wrt, 1];
    }

    private static readonly (string Input, string Wrt)[] VectorAndMatrixFunctions =
    [
        ("softmax(Ax)", "x"), ("σ(Xw + b) | b: scalar", "w"), ("σ(Xw + b) | b: scalar", "b"),
        ("Xw", "w"), ("Xw", "X"), ("AXB", "X"), ("X^-1", "X"), ("X'X", "X"), ("x .* y", "x"),
        ("exp(Ax) - 1", "x"), ("diag(x)y", "x"), ("vec(X)", "X"), ("matrix(c) + X", "c"),
        ("matrix(c) + X", "X"), ("X + I", "X"), ("αx", "α"), ("relu(W_2 relu(W_1 x))", "x"),
    ];

    [Theory]
    [MemberData(nameof(Derivatives))]
    public void EveryDerivativePrintsAsTextThatCompilesBackToTheSameTerm(string input, string wrtName, int order)
    {
        var f = CompileOrNull(input)!;
        var wrt = f.Variables().First(v => v.Name == wrtName);
        Derivation d;
        try { d = Differentiation.Run(f, wrt, order); }
        catch (MatrixCalculusException) { return; } // no rule for this function (reported to the user as MC3001)
        var text = TextPrinter.Print(d.Result);
        var declarations = RoundTripDeclarations.Of(d.Result);
        var again = Frontend.Compile(text, declarations).Expression;
        Assert.True(ReadBackEquivalence.Normalize(again).Equals(ReadBackEquivalence.Normalize(d.Result)), $"d/d{wrtName} of {input}: {text} compiled under \"{declarations}\" to {again}");
        Assert.NotEmpty(LatexPrinter.Print(d.Result));
        Assert.NotEmpty(LatexPrinter.Print(d.Differential));
    }

    private static Expr? CompileOrNull(string input)
    {
        int bar = input.LastIndexOf(" | ", StringComparison.Ordinal);
        var (expression, declarations) = bar < 0 ? (input, null) : (input[..bar].Trim(), input[(bar + 3)..].Trim());
        try { return Frontend.Compile(expression, declarations).Expression; }
        catch (MatrixCalculusException) { return null; }
    }
}
