using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Printing;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Printing;
using MatrixCalculus.Tests.Support;
using Xunit.Abstractions;
using G = MatrixCalculus.Tests.Support.ExprGenerator;

namespace MatrixCalculus.Tests.Properties;

/// <summary>
/// The contract of issue 9 for second derivatives: the Hessian of a random well-shaped scalar
/// function wrt a vector is always an n×n matrix (never a map of a direction V), its printed text
/// compiles back and evaluates (so `matcalc eval` accepts it) to the same value, and it agrees
/// with finite differences. Normal mode: a few hundred cases. Long mode: set
/// MATCALC_LONG_HESSIANS=1 for 100,000 cases surveyed (or a number for that many); the counts are
/// written to the test output.
/// </summary>
public class HessianProperties(ITestOutputHelper output)
{
    public const string LongModeVariable = "MATCALC_LONG_HESSIANS";

    private static int? LongTotal =>
        int.TryParse(System.Environment.GetEnvironmentVariable(LongModeVariable), out var value) && value >= 1
            ? value == 1 ? PropertyRun.LongTotal : value
            : null;

    [Fact]
    public void TheHessianWrtAVectorIsAlwaysAMatrixThatEvaluatesAndAgreesWithFiniteDifferences() =>
        PropertyRun.Check("Hessian wrt a vector is a matrix", G.Derivative(G.ScalarShape, v => v.Shape.IsColumn, 2), Run,
            LongTotal ?? 300, output, survey: LongTotal is not null);

    /// <summary>
    /// Wrt a matrix X (m×n) the Hessian is the mn×mn matrix d vec(∇f)/d vec(X) in Kronecker form,
    /// commutation matrices included, that reads back and agrees with finite differences; only a
    /// symmetric X keeps the map V -> H[V] on the symmetric matrices (counted, and checked numerically).
    /// </summary>
    [Fact]
    public void TheHessianWrtAMatrixIsAKroneckerFormThatEvaluatesAndAgreesWithFiniteDifferences()
    {
        var maps = new System.Collections.Concurrent.ConcurrentBag<string>();
        PropertyRun.Check("Hessian wrt a matrix is a Kronecker form", G.Derivative(G.ScalarShape, v => !v.Shape.IsVector, 2),
            c => Run(c, onMap: () => maps.Add(c.ToString())), LongTotal is { } total ? total / 4 : 150, output, survey: LongTotal is not null);
        output.WriteLine($"maps of a direction (symmetric variables): {maps.Count}");
        foreach (var c in maps.OrderBy(m => m.Length).ThenBy(m => m, StringComparer.Ordinal).Take(8)) output.WriteLine("  map: " + c);
    }

    public static Outcome Run(DerivativeCase c) => Run(c, onMap: null);

    /// <param name="onMap">null: a map is a failure (wrt a vector); otherwise called for a map, which is then checked numerically.</param>
    private static Outcome Run(DerivativeCase c, Action? onMap)
    {
        var f = c.Function;
        var point = RandomPoint.Generate(f, VariablePool.All, c.PointSeed);
        try { Evaluator.Evaluate(f, point); }
        catch (Exception e) { return Outcome.Crash("evaluating f", e); }
        if (Kinks.Find(f, point) is [var kink, ..]) return new(Verdict.Kink, kink);

        Derivation d;
        try { d = Differentiation.Run(f, c.Wrt, 2); }
        catch (Exception e) { return Outcome.Crash("Differentiation.Run", e); }
        // Only a symmetric (spd, diagonal) matrix keeps the map V -> H[V] on its own space.
        if (onMap is not null && (d.Direction is not null || d.SecondDirection is not null) && c.Wrt.Attributes.HasFlag(VarAttributes.Symmetric))
        {
            onMap();
            return DerivativeCheck.Run(c);
        }
        var size = DimOps.Times(c.Wrt.Shape.Rows, c.Wrt.Shape.Cols);
        if (d.Direction is not null || d.SecondDirection is not null || d.Result is not Zero && d.Result.Shape != Shape.Square(size))
            return new(Verdict.Disagreed, $"a map, not a matrix: {TextPrinter.Print(d.Result)}");

        var text = TextPrinter.Print(d.Result);
        // A zero Hessian prints as 0, which eval reads as the number 0.
        if (d.Result is Zero) return text == "0" ? DerivativeCheck.Run(c) : new(Verdict.Disagreed, $"a zero Hessian printed as {text}");
        try
        {
            var reread = Frontend.Compile(text, RoundTripDeclarations.Of(d.Result)).Expression;
            // The same evaluator on both sides: the lowered program multiplies in another order, and on
            // an ill-conditioned Hessian (det(...)^4, entries near 1e35) that alone moves the 8th digit;
            // the program is held to the tree evaluator by the lowering's own tests, and to finite
            // differences below.
            var expected = DerivativeValue.Reference(d, point);
            var actual = Evaluator.Evaluate(reread, point);
            if (!FiniteDifference.Close(expected, actual, 1e-8, 1e-8))
                return new(Verdict.Disagreed, $"the printed Hessian {text} reads back as another value");
        }
        catch (Exception e) { return Outcome.Crash($"reading back the printed Hessian {text}", e); }
        return DerivativeCheck.Run(c);
    }
}
