using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Calculus;
using MatrixCalculus.Lowering;
using MatrixCalculus.Numerics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus;

/// <summary>
/// f and its derivative lowered once (<see cref="Engine.Lower"/>), evaluated at many points.
/// <see cref="Program"/> is the straight-line program (also what the code generators print).
/// </summary>
public sealed class LoweredDerivation(CompiledExpression compiled, Derivation derivation, Lowering.Program program, Var? along)
{
    public Lowering.Program Program { get; } = program;

    public Derivation Derivation { get; } = derivation;

    /// <summary>The input that holds v for the <c>hvp</c> output, or null when the program has none.</summary>
    public Var? Along { get; } = along;

    /// <summary>
    /// The outputs at <paramref name="point"/> (<c>value</c>, the derivative, <c>hvp</c> when
    /// <paramref name="v"/> is given). A value undefined at the point is a
    /// <see cref="Syntax.MatrixCalculusException"/> naming the subterm, as <see cref="Engine.Evaluate"/> says it.
    /// </summary>
    public ProgramValues Evaluate(Environment point, Matrix<double>? v = null)
    {
        if (Along is { } a && v is null)
            throw new ArgumentException($"this program computes H v: give v (the value of {a.Name}).", nameof(v));
        var at = Along is { } input && v is not null ? point.With(input.Name, v) : point;
        try
        {
            return ProgramEvaluator.Evaluate(Program, at);
        }
        catch (EvaluationException e)
        {
            // As eval and diff --at say it: an undefined derivative is introduced as one.
            var diagnostic = e.ToDiagnostic(compiled.Source, compiled.WholeSpan);
            var prefix = e.Output is null or OutputNames.Value ? "" : "the derivative is undefined at this point: ";
            throw new MatrixCalculusException(diagnostic with { Message = prefix + diagnostic.Message });
        }
    }
}
