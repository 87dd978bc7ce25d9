using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Calculus;

namespace MatrixCalculus.Reports;

/// <summary>Everything <c>matcalc diff</c> prints: the derivation, whether to show its steps, and its value at the point if one was given.</summary>
public sealed record DiffReport(CompiledExpression Compiled, Derivation Derivation, bool ShowSteps, Matrix<double>? Value);
