using System.Collections.Immutable;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

/// <summary>
/// What inference knows of one node: its shape, and the undeclared symbols whose being scalars
/// would make it a scalar (<see cref="Candidates"/>: empty when it is a scalar already, null
/// when no choice of scalars would: a declared vector, the identity, a vec).
/// </summary>
internal readonly record struct Inferred(ShapeVar Shape, ImmutableSortedSet<string>? Candidates);

/// <summary>A symbol of the expression with the shape it has throughout one inference.</summary>
internal sealed record SymbolSlot(string Name, ShapeVar Shape, Declaration? Declaration, bool Demotable, SourceSpan FirstSpan);

/// <summary>The two operands of an operator, with their spans, and the operator's span.</summary>
internal readonly record struct Operands(Inferred Left, SourceSpan LeftSpan, Inferred Right, SourceSpan RightSpan, SourceSpan At);
