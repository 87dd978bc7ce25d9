using MatrixCalculus.Terms;

namespace MatrixCalculus.Semantics;

/// <summary>
/// A bound expression: the term, its symbols in order of first appearance (with their final
/// shapes and declared attributes), and the symbolic dimension names its shapes use, declared
/// or inferred (<c>n</c>, <c>m</c>, …), in order of first appearance.
/// </summary>
public sealed record BoundExpression(Expr Expression, IReadOnlyList<Var> Symbols, IReadOnlyList<string> DimensionNames);
