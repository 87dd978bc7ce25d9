using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.CodeGen.Tests.Support;

/// <summary>Generated C# compiled, evaluated at each case's point, and compared with the library.</summary>
public static class CSharpCheck
{
    /// <summary>The cases whose numbers do not match to 1e-10 relative, or that do not compile or run.</summary>
    public static IReadOnlyList<(int Index, string Message)> Failures(IReadOnlyList<Case> cases)
    {
        var compiled = CSharpRunner.Compile(cases.Select(c => c.Generate(Language.CSharp)).ToList());
        var failures = new List<(int, string)>();
        for (int i = 0; i < cases.Count; i++)
            if (Failure(cases[i], compiled[i]) is { } failure) failures.Add((i, failure));
        return failures;
    }

    private static string? Failure(Case c, (CSharpRunner.Evaluate? Evaluate, string? Errors) compiled)
    {
        if (compiled.Evaluate is not { } evaluate) return $"{c}: {compiled.Errors}";
        try
        {
            var (value, derivatives) = evaluate(c.Compiled.Symbols.ToDictionary(s => s.Name, s => c.Point[s.Name]));
            var expected = c.Derivations.Select(d => Engine.EvaluateDerivative(c.Compiled, d, c.Point));
            double error = expected.Zip(derivatives, Relative).Append(Relative(Engine.Evaluate(c.Compiled, c.Point), value)).Max();
            return error <= 1e-10 ? null : $"{c}: differs from the library by {error:g3} relative";
        }
        catch (Exception e)
        {
            return $"{c}: {e.GetType().Name}: {e.Message}";
        }
    }

    // Relative, except where both sides are rounding noise around 0 (a derivative that vanishes).
    private static double Relative(Matrix<double> expected, Matrix<double> actual)
    {
        if (expected.RowCount != actual.RowCount || expected.ColumnCount != actual.ColumnCount) return double.PositiveInfinity;
        double error = (expected - actual).FrobeniusNorm();
        return error <= 1e-12 ? 0 : error / Math.Max(expected.FrobeniusNorm(), actual.FrobeniusNorm());
    }
}
