namespace MatrixCalculus.Syntax;

/// <summary>
/// Something the reader decided that the user may not expect, said beside the result instead of
/// guessed silently: <c>`bias` is read as the product b i a s; …</c>. The span points into the
/// expression as written.
/// </summary>
public sealed record Note(string Message, SourceSpan Span);
