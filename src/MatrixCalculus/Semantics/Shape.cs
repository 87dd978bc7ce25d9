namespace MatrixCalculus.Semantics;

/// <summary>Rows × columns. Vectors are columns (n×1); a scalar is 1×1.</summary>
public sealed record Shape(Dim Rows, Dim Cols)
{
    public static readonly Shape Scalar = new(Dim.One, Dim.One);

    public static Shape Column(Dim n) => new(n, Dim.One);
    public static Shape Square(Dim n) => new(n, n);

    public bool IsScalar => Rows.IsOne && Cols.IsOne;
    /// <summary>n×1 with n not 1.</summary>
    public bool IsColumn => Cols.IsOne && !Rows.IsOne;
    /// <summary>1×n with n not 1.</summary>
    public bool IsRow => Rows.IsOne && !Cols.IsOne;
    public bool IsVector => IsColumn || IsRow;
    public bool IsSquare => Rows == Cols;
    public bool IsMatrix => !Rows.IsOne && !Cols.IsOne;

    public Shape T => new(Cols, Rows);

    public override string ToString() => $"{Rows}×{Cols}";
}
