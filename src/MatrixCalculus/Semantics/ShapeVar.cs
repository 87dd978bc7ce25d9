namespace MatrixCalculus.Semantics;

/// <summary>A shape during inference: two dimension classes of a <see cref="DimUnifier"/>.</summary>
internal readonly record struct ShapeVar(int Rows, int Cols)
{
    public ShapeVar T => new(Cols, Rows);
}
