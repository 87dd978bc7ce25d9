using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// The value of <see cref="Subexpression"/> is undefined at the point (log of a non-positive
/// value, a singular inverse, an overflow): a user-facing error about the point, not a bug.
/// Terms have no spans, so the caller decides where the caret goes (<see cref="ToDiagnostic"/>).
/// </summary>
public sealed class EvaluationException(Expr subexpression, string message, DiagnosticCode code = DiagnosticCode.Domain) : Exception(message)
{
    public Expr Subexpression { get; } = subexpression;

    /// <summary>Domain for a value undefined at the point; Point when the point lacks a value or a size.</summary>
    public DiagnosticCode Code { get; } = code;

    /// <summary>
    /// Set by the program evaluator: the first output (<c>value</c>, <c>gradient</c>, …) whose
    /// computation reaches the failing instruction, so a caller can say whether f or its derivative is undefined.
    /// </summary>
    public string? Output { get; init; }

    /// <summary>The error as a diagnostic pointing at <paramref name="span"/> of <paramref name="source"/>.</summary>
    public Diagnostic ToDiagnostic(string source, SourceSpan span, string sourceName = "expression") =>
        new(Code, Message, span, source, sourceName);
}
