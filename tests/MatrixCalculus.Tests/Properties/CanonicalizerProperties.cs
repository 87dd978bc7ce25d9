using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Numerics;
using MatrixCalculus.Rewriting;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Support;
using Xunit.Abstractions;

namespace MatrixCalculus.Tests.Properties;

/// <summary>
/// The canonicalizer keeps the value of random terms of every shape (at random points, up to
/// rounding) and is idempotent: canonicalizing a canonical term changes nothing.
/// </summary>
public class CanonicalizerProperties(ITestOutputHelper output)
{
    /// <summary>
    /// Reordering sums and products changes rounding by a few ε times the largest value computed on
    /// the way, whichever form computes it (the measure of <see cref="NumericConfirmation.Magnitude"/>).
    /// 10⁻⁹ of it is ten million ε: far above rounding, far below any real change of value.
    /// </summary>
    private const double RelativeToMagnitude = 1e-9;

    [Fact]
    public void CanonicalizationKeepsTheValueOfEveryTerm() =>
        PropertyRun.Check("canonicalization keeps the value", ExprGenerator.AnyTerm(), KeepsValue, PropertyRun.Iterations(300, 0.08), output);

    [Fact]
    public void CanonicalizationIsIdempotent() =>
        PropertyRun.Check("canonicalization is idempotent", ExprGenerator.AnyTerm(), IsIdempotent, PropertyRun.Iterations(300, 0.08), output);

    public static Outcome KeepsValue(TermCase c)
    {
        var e = c.Term;
        var point = RandomPoint.Generate(e, VariablePool.All, c.PointSeed);
        Matrix<double> before, after;
        try { before = Evaluator.Evaluate(e, point); }
        catch (Exception ex) { return Outcome.Crash("evaluating the term", ex); }
        Expr canonical;
        try { canonical = Canonicalizer.Canonicalize(e); }
        catch (Exception ex) { return Outcome.Crash("Canonicalizer.Canonicalize", ex); }
        if (canonical.Shape != e.Shape)
            return new(Verdict.Disagreed, $"the canonical form {canonical} has shape {canonical.Shape}");
        try { after = Evaluator.Evaluate(canonical, point); }
        catch (Exception ex) { return Outcome.Crash($"evaluating the canonical form {canonical}", ex); }
        double magnitude = Math.Max(NumericConfirmation.Magnitude(e, point), NumericConfirmation.Magnitude(canonical, point));
        double gap = (before - after).FrobeniusNorm();
        return gap <= RelativeToMagnitude * magnitude
            ? Outcome.Held
            : new(Verdict.Disagreed, $"the canonical form {canonical} differs by {gap:g3} (values of size up to {magnitude:g3})");
    }

    public static Outcome IsIdempotent(TermCase c)
    {
        Expr once, twice;
        try { once = Canonicalizer.Canonicalize(c.Term); }
        catch (Exception ex) { return Outcome.Crash("Canonicalizer.Canonicalize", ex); }
        try { twice = Canonicalizer.Canonicalize(once); }
        catch (Exception ex) { return Outcome.Crash($"Canonicalizer.Canonicalize of the canonical form {once}", ex); }
        return once.Equals(twice) ? Outcome.Held : new(Verdict.Disagreed, $"once: {once}\n  twice: {twice}");
    }
}
