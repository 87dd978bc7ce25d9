using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Support;
using Xunit.Abstractions;
using G = MatrixCalculus.Tests.Support.ExprGenerator;

namespace MatrixCalculus.Tests.Properties;

/// <summary>
/// Printing and parsing are inverse on random terms: <c>Frontend.Compile(TextPrinter.Print(e))</c>
/// gives back e itself, up to the spellings listed in <see cref="RoundTripEquivalence"/> (the
/// printers' read-back equivalences and a few more that random terms meet), not merely a term
/// of the same value (that holds too, and a failure says whether it did). Canonicalization is no
/// help here: it reconciles neither a ones matrix inside a product nor A^-2 with (A^-1)^2.
/// <c>LatexPrinter.Print</c> never throws. A derivative's printed result (gradients, Jacobians,
/// Kronecker forms, Hessians, maps of V), compiled back and evaluated, has the derivative's value.
/// </summary>
public class RoundTripProperties(ITestOutputHelper output)
{
    private const double RelativeToMagnitude = 1e-9;

    [Fact]
    public void EveryTermPrintsAsTextThatCompilesBackToTheSameTerm() =>
        PropertyRun.Check("text round trip", G.AnyTerm(), ReadsBack, PropertyRun.Iterations(300, 0.08), output);

    [Fact]
    public void EveryTermPrintsAsLatex() =>
        PropertyRun.Check("LaTeX prints", G.AnyTerm(), PrintsLatex, PropertyRun.Iterations(300, 0.04), output);

    [Fact]
    public void EveryTermPrintsAsLatexThatReadsBackAsTheSameTerm() =>
        PropertyRun.Check("LaTeX round trip", G.AnyTerm(), LatexReadsBack, PropertyRun.Iterations(300, 0.04), output);

    [Fact]
    public void EveryPrintedDerivativeCompilesBackToItsValue() =>
        PropertyRun.Check("printed derivative",
            CsCheck.Gen.OneOf(G.Derivative(G.ScalarShape, _ => true, 1), G.Derivative(G.ColumnShape, _ => true, 1), G.Derivative(G.ScalarShape, _ => true, 2)),
            PrintedDerivativeKeepsValue, PropertyRun.Iterations(200, 0.06), output);

    public static Outcome ReadsBack(TermCase c)
    {
        var e = c.Term;
        string text;
        try { text = TextPrinter.Print(e); }
        catch (Exception ex) { return Outcome.Crash("TextPrinter.Print", ex); }
        Expr again;
        try { again = Frontend.Compile(text, VariablePool.Declarations).Expression; }
        catch (Exception ex) { return Outcome.Crash($"Frontend.Compile(\"{text}\")", ex); }
        if (RoundTripEquivalence.Normalize(again).Equals(RoundTripEquivalence.Normalize(e))) return Outcome.Held;
        return new(Verdict.Disagreed, $"\"{text}\" compiled to {again} ({again.Shape}); {SameValue(e, again, c.PointSeed)}");
    }

    /// <summary>The LaTeX printer's text, read by the LaTeX reader, is the term again (up to <see cref="Printing.LatexRoundTripTests.Normalize"/>).</summary>
    public static Outcome LatexReadsBack(TermCase c)
    {
        var e = c.Term;
        string latex;
        try { latex = LatexPrinter.Print(e); }
        catch (Exception ex) { return Outcome.Crash("LatexPrinter.Print", ex); }
        Expr again;
        try { again = Frontend.Compile(latex, VariablePool.Declarations).Expression; }
        // LaTeX without a command is plain text too (st(2 - s) for s·t·(2 - s)), and there a
        // lower-case word before a parenthesis is an unknown function, by the plain rules.
        catch (MatrixCalculus.Syntax.MatrixCalculusException ex) when (!latex.Contains('\\') && ex.Diagnostic.Code == MatrixCalculus.Syntax.DiagnosticCode.UnknownFunction)
        {
            return Outcome.Held;
        }
        catch (Exception ex) { return Outcome.Crash($"Frontend.Compile(\"{latex}\")", ex); }
        if (Printing.LatexRoundTripTests.Normalize(again).Equals(Printing.LatexRoundTripTests.Normalize(e))) return Outcome.Held;
        return new(Verdict.Disagreed, $"\"{latex}\" read as {again} ({again.Shape}); {SameValue(e, again, c.PointSeed)}");
    }

    public static Outcome PrintsLatex(TermCase c)
    {
        string latex;
        try { latex = LatexPrinter.Print(c.Term); }
        catch (Exception ex) { return Outcome.Crash("LatexPrinter.Print", ex); }
        return string.IsNullOrWhiteSpace(latex) ? new(Verdict.Disagreed, "empty LaTeX") : Outcome.Held;
    }

    public static Outcome PrintedDerivativeKeepsValue(DerivativeCase c)
    {
        Derivation d;
        try { d = Differentiation.Run(c.Function, c.Wrt, c.Order); }
        catch (Exception ex) { return Outcome.Crash("Differentiation.Run", ex); }
        var result = d.Result;
        string text;
        try { text = TextPrinter.Print(result); }
        catch (Exception ex) { return Outcome.Crash($"TextPrinter.Print({result})", ex); }
        // A zero derivative prints as 0, the number, as a textbook writes it.
        if (result is Zero) return text == "0" ? Outcome.Held : new(Verdict.Disagreed, $"a zero printed as {text}");
        var directions = new[] { d.Direction, d.SecondDirection }.OfType<Var>().ToList();
        var declarations = VariablePool.Declarations + string.Concat(directions.Select(v => "; " + Declare(v)));
        Expr again;
        try { again = Frontend.Compile(text, declarations).Expression; }
        catch (Exception ex) { return Outcome.Crash($"Frontend.Compile(\"{text}\", \"{declarations}\")", ex); }
        var point = RandomPoint.Generate(c.Function, VariablePool.All, c.PointSeed);
        foreach (var direction in directions)
            point = point.With(direction.Name, FiniteDifference.RandomDirection(direction, point.With(direction.Name, point[c.Wrt.Name]), new Random(c.PointSeed)));
        // Where the derivative itself is undefined (a norm at 0, say), the point is a kink: nothing to compare.
        try { Evaluator.Evaluate(result, point); }
        catch (EvaluationException ex) { return new(Verdict.Kink, $"the derivative is undefined at the point: {ex.Message}"); }
        return Compare(result, again, point) is { } problem
            ? new(Verdict.Disagreed, $"\"{text}\" compiled to {again}: {problem}")
            : Outcome.Held;
    }

    private static string Declare(Var v) =>
        $"{v.Name}: " + (v.Shape.Cols.IsOne ? $"{v.Shape.Rows}" : $"{v.Shape.Rows} x {v.Shape.Cols}")
        + (v.Attributes.HasFlag(VarAttributes.Symmetric) ? " symmetric" : "");

    /// <summary>Whether a term read back differently has at least the original's value (to tell a wrong value from a different spelling).</summary>
    private static string SameValue(Expr e, Expr again, int seed)
    {
        var point = RandomPoint.Generate(e, VariablePool.All, seed);
        return Compare(e, again, point) is { } problem ? problem : "same value at a random point";
    }

    private static string? Compare(Expr expected, Expr actual, Numerics.Environment point)
    {
        if (actual.Shape != expected.Shape) return $"shape {actual.Shape} instead of {expected.Shape}";
        Matrix<double> a, b;
        try { a = Evaluator.Evaluate(expected, point); }
        catch (EvaluationException ex) { return $"the original does not evaluate: {ex.Message}"; }
        try { b = Evaluator.Evaluate(actual, point); }
        catch (Exception ex) { return $"evaluating it threw {ex.GetType().Name}: {ex.Message}"; }
        double magnitude = Math.Max(NumericConfirmation.Magnitude(expected, point), NumericConfirmation.Magnitude(actual, point));
        double gap = (a - b).FrobeniusNorm();
        return gap <= RelativeToMagnitude * magnitude ? null : $"values differ by {gap:g3} (values of size up to {magnitude:g3})";
    }
}
