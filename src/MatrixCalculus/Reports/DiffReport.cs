using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Calculus;

namespace MatrixCalculus.Reports;

/// <summary>
/// Everything <c>matcalc diff</c> prints: the derivation, whether to show its steps, its value at
/// the point if one was given, and H v (<c>--along</c>), which has the variable's shape.
/// </summary>
public sealed record DiffReport(CompiledExpression Compiled, Derivation Derivation, bool ShowSteps, Matrix<double>? Value, Matrix<double>? Hvp = null)
{
    public ValueLayout HvpLayout => ValueLayouts.Of(Derivation.Wrt.Shape);
}
