using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Properties;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.Tests.Lowering;

/// <summary>
/// The program evaluator against the tree-walking reference: the same value within 10⁻¹² of the
/// largest value computed on the way (the program may multiply in another order, which moves
/// rounding by a few ε of that), or the same error message.
/// </summary>
public static class ProgramAgreement
{
    public const double Relative = 1e-12;

    public static Outcome Agree(Func<Matrix<double>> reference, Func<Matrix<double>> program, Func<double> magnitude, string what)
    {
        Matrix<double>? expected = null, actual = null;
        string? expectedError = null, actualError = null;
        try { expected = reference(); }
        catch (EvaluationException e) { expectedError = e.Message; }
        catch (Exception e) { return Outcome.Crash($"the reference evaluation of {what}", e); }
        try { actual = program(); }
        catch (EvaluationException e) { actualError = e.Message; }
        catch (Exception e) { return Outcome.Crash($"the program evaluation of {what}", e); }
        if (expectedError is not null || actualError is not null)
            return expectedError == actualError
                ? Outcome.Held
                : new(Verdict.Disagreed, $"{what}: the reference says {expectedError ?? "(a value)"}, the program {actualError ?? "(a value)"}");
        if (expected!.RowCount != actual!.RowCount || expected.ColumnCount != actual.ColumnCount)
            return new(Verdict.Disagreed, $"{what}: the reference is {expected.RowCount}×{expected.ColumnCount}, the program {actual.RowCount}×{actual.ColumnCount}");
        double gap = (expected - actual).FrobeniusNorm();
        double scale = Math.Max(Math.Max(expected.FrobeniusNorm(), actual.FrobeniusNorm()), magnitude());
        return gap <= Relative * scale
            ? Outcome.Held
            : new(Verdict.Disagreed, $"{what}: the program differs by {gap:g3} (values of size up to {scale:g3})");
    }

    public static Outcome Values(Expr e, Environment point) =>
        Agree(() => Evaluator.Evaluate(e, point), () => DerivativeValue.Value(e, point), () => NumericConfirmation.Magnitude(e, point), e.ToString());

    public static Outcome Derivatives(Derivation d, Environment point) =>
        Agree(() => DerivativeValue.Reference(d, point), () => DerivativeValue.Evaluate(d, point),
            () => NumericConfirmation.Magnitude(d.Result, WithDirections(d, point)), $"{d.Result}");

    // The magnitude of a map's terms is measured with its directions set to ones.
    private static Environment WithDirections(Derivation d, Environment point)
    {
        var at = point;
        foreach (var v in new[] { d.Direction, d.SecondDirection }.OfType<Var>())
            at = at.With(v.Name, Matrix<double>.Build.Dense(point[d.Wrt.Name].RowCount, point[d.Wrt.Name].ColumnCount, 1));
        return at;
    }
}
