namespace MatrixCalculus.Syntax;

/// <summary>
/// What the parser read: the tree (spans into the text as written), the notes on how it read
/// runs of letters, and the variables of a leading <c>f(x) =</c> head (none without one).
/// </summary>
public sealed record ParsedExpression(SyntaxNode Tree, IReadOnlyList<Note> Notes, IReadOnlyList<string> HeadVariables);
