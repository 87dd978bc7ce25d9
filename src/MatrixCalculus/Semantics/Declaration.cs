using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Semantics;

/// <summary>
/// One declared symbol. A null dimension is a size that is declared to exist but not named
/// (<c>x: vector</c>, <c>X: matrix</c>): the binder infers it, and it is never 1. When
/// <see cref="Square"/> holds the columns are the rows (<c>X: matrix symmetric</c>).
/// </summary>
public sealed record Declaration(string Name, Dim? Rows, Dim? Cols, bool Square, VarAttributes Attributes, SourceSpan NameSpan)
{
    public bool IsScalar => Rows is { IsOne: true } && Cols is { IsOne: true };

    /// <summary>The same declaration apart from where it was written.</summary>
    public bool SameAs(Declaration other) =>
        Rows == other.Rows && Cols == other.Cols && Square == other.Square && Attributes == other.Attributes;

    /// <summary><c>n×m</c>, <c>vector</c>, <c>matrix</c>, <c>square matrix</c>, followed by the attributes.</summary>
    public string Describe()
    {
        var shape = (Rows, Cols) switch
        {
            ({ IsOne: true }, { IsOne: true }) => "scalar",
            (null, { IsOne: true }) => "vector",
            (null, null) => Square ? "square matrix" : "matrix",
            _ => $"{Rows}×{(Square ? Rows : Cols)}",
        };
        var attributes = AttributeWords.Describe(Attributes);
        return attributes.Length == 0 ? shape : $"{shape} {attributes}";
    }
}
