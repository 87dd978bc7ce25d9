using MatrixCalculus.Semantics;

namespace MatrixCalculus.Reports;

/// <summary>
/// How a value is written in JSON, decided by its symbolic shape (not by the sizes at the point,
/// so that x with n = 1 is still a list): a scalar is a number, a column vector a list, anything
/// else (a matrix, a row vector) a list of rows. The nesting depth of the JSON equals the length
/// of the "shape" array printed beside it.
/// </summary>
public enum ValueLayout { Scalar, Vector, Matrix }

public static class ValueLayouts
{
    public static ValueLayout Of(Shape shape) =>
        shape.IsScalar ? ValueLayout.Scalar : shape.IsColumn ? ValueLayout.Vector : ValueLayout.Matrix;
}
