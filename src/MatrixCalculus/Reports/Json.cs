using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Semantics;

namespace MatrixCalculus.Reports;

/// <summary>
/// Compact one-line JSON through <see cref="Utf8JsonWriter"/>: keys in the order written, numbers
/// in the shortest round-trip form, non-ASCII (σ, ∇, ⟨⟩) and quotes (x'Ax) left unescaped.
/// </summary>
public static class Json
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) body(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// A number; JSON has no NaN or infinity, so those are the strings "NaN", "Infinity",
    /// "-Infinity" (System.Text.Json's AllowNamedFloatingPointLiterals spelling).
    /// </summary>
    public static void Number(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value)) writer.WriteRawValue(Numbers.Format(value), skipInputValidation: true);
        else writer.WriteStringValue(Numbers.Format(value));
    }

    public static void Value(Utf8JsonWriter writer, Matrix<double> value, ValueLayout layout)
    {
        switch (layout)
        {
            case ValueLayout.Scalar:
                Number(writer, value[0, 0]);
                break;
            case ValueLayout.Vector:
                writer.WriteStartArray();
                for (int i = 0; i < value.RowCount; i++) Number(writer, value[i, 0]);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartArray();
                for (int i = 0; i < value.RowCount; i++)
                {
                    writer.WriteStartArray();
                    for (int j = 0; j < value.ColumnCount; j++) Number(writer, value[i, j]);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
                break;
        }
    }

    /// <summary>[] for a scalar, ["n"] for a column, ["m", "n"] otherwise; a known size is a number.</summary>
    public static void Shape(Utf8JsonWriter writer, Shape shape)
    {
        writer.WriteStartArray();
        var layout = ValueLayouts.Of(shape);
        if (layout != ValueLayout.Scalar) Dim(writer, shape.Rows);
        if (layout == ValueLayout.Matrix) Dim(writer, shape.Cols);
        writer.WriteEndArray();
    }

    private static void Dim(Utf8JsonWriter writer, Dim dim)
    {
        if (dim is Dim.Known known) writer.WriteNumberValue(known.Value);
        else writer.WriteStringValue(dim.ToString());
    }
}
