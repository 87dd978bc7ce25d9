using System.Text.Json;
using MatrixCalculus.Calculus;
using MatrixCalculus.Semantics;

namespace MatrixCalculus.Reports;

/// <summary>
/// The numeric layout of a derivative, as <see cref="DerivativeValue.Evaluate"/> computes it
/// (cli-contract.md): a closed-form result has its own shape; a gradient given as the map
/// V ↦ ⟨∇f, V⟩ has the variable's shape; any other linear map of a direction V is the matrix
/// d vec(g) / d vec(X), where g is what the map yields (the result's shape) and X the variable.
/// </summary>
public static class DerivativeLayout
{
    public static Shape ShapeOf(Derivation d) => d switch
    {
        { Direction: null } => d.Result.Shape,
        { Kind: DerivativeKind.Gradient } => d.Wrt.Shape,
        _ => new Shape(Size(d.Result.Shape), Size(d.Wrt.Shape)),
    };

    public static ValueLayout Of(Derivation d) => ValueLayouts.Of(ShapeOf(d));

    public static void WriteShape(Utf8JsonWriter writer, Derivation d) => Json.Shape(writer, ShapeOf(d));

    private static Dim Size(Shape shape) => DimOps.Times(shape.Rows, shape.Cols);
}
