using MatrixCalculus.Terms;

namespace MatrixCalculus.Semantics;

/// <summary>
/// A bound expression: the term, its symbols in order of first appearance (with their final
/// shapes and declared attributes), and the symbolic dimension names its shapes use, declared
/// or inferred (<c>n</c>, <c>m</c>, …), in order of first appearance.
/// </summary>
public sealed record BoundExpression(Expr Expression, IReadOnlyList<Var> Symbols, IReadOnlyList<string> DimensionNames)
{
    /// <summary>How the reader read runs of letters it split (<c>bias</c> as b i a s), to show beside the result.</summary>
    public IReadOnlyList<Syntax.Note> Notes { get; init; } = [];

    /// <summary>The variables of a leading <c>f(x) =</c>, in order (none without one).</summary>
    public IReadOnlyList<string> HeadVariables { get; init; } = [];
}
