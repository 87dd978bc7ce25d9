using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.CodeGen.Tests.Support;

/// <summary>Generated C# compiled, evaluated at the case's point, and compared with the library.</summary>
public static class CSharpCheck
{
    /// <summary>The failure of <paramref name="c"/>, or null when its numbers match to 1e-10 relative.</summary>
    public static string? Failure(Case c)
    {
        try
        {
            var evaluate = CSharpRunner.Compile(c.Generate(Language.CSharp));
            var (value, derivatives) = evaluate(c.Compiled.Symbols.ToDictionary(s => s.Name, s => c.Point[s.Name]));
            var expected = c.Derivations.Select(d => Engine.EvaluateDerivative(c.Compiled, d, c.Point));
            double error = expected.Zip(derivatives, Relative).Append(Relative(Engine.Evaluate(c.Compiled, c.Point), value)).Max();
            return error <= 1e-10 ? null : $"{c}: differs from the library by {error:g3} relative";
        }
        catch (Exception e)
        {
            return $"{c}: {e.Message}";
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
