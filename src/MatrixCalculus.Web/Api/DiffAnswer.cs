using MatrixCalculus.Reports;

namespace MatrixCalculus.Web.Api;

/// <summary><c>POST /api/diff</c> {"expression", "wrt", "order", "let", "steps", "layout", "at"}: the object of <c>matcalc diff --format json</c>.</summary>
internal static class DiffAnswer
{
    public static ApiEndpoint Endpoint { get; } = new("/api/diff",
    [
        (CommonFields.Expression, FieldKind.Text), (CommonFields.Wrt, FieldKind.Text), (CommonFields.Order, FieldKind.Integer),
        (CommonFields.Let, FieldKind.Text), ("steps", FieldKind.Boolean), (CommonFields.Layout, FieldKind.Text), ("at", FieldKind.Object),
    ], Answer);

    private static string Answer(RequestFields fields)
    {
        var compiled = CommonFields.Compile(fields);
        var derivation = CommonFields.Differentiate(fields, compiled);
        var point = CommonFields.ReadPoint(fields, compiled);
        var value = point is null ? null : Engine.EvaluateDerivative(compiled, derivation, point);
        return DiffJson.Format(new DiffReport(compiled, derivation, fields.Boolean("steps"), value));
    }
}
