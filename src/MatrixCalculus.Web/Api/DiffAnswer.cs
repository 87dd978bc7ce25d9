using MatrixCalculus.Calculus;
using MatrixCalculus.Reports;

namespace MatrixCalculus.Web.Api;

/// <summary>
/// <c>POST /api/diff</c> {"expression", "wrt", "order", "let", "steps", "layout", "at"}: what
/// <c>matcalc diff --format json</c> prints, the object of one variable or the array of several
/// (<c>"wrt": "w,b"</c>).
/// </summary>
internal static class DiffAnswer
{
    public static ApiEndpoint Endpoint { get; } = new("/api/diff",
    [
        (CommonFields.Expression, FieldKind.Text), (CommonFields.Wrt, FieldKind.Text), (CommonFields.Order, FieldKind.Integer),
        (CommonFields.Let, FieldKind.Text), ("steps", FieldKind.Boolean), (CommonFields.Layout, FieldKind.Text), (CommonFields.At, FieldKind.Object),
    ], fields => Answer(fields, fields.Boolean("steps")));

    private static string Answer(RequestFields fields, bool steps)
    {
        var compiled = CommonFields.Compile(fields);
        var (derivatives, mixed) = CommonFields.Differentiate(fields, compiled);
        return Format(compiled, derivatives, mixed, CommonFields.ReadPoint(fields, compiled), steps);
    }

    /// <summary>The object of one derivative, or the array of several with their mixed blocks.</summary>
    public static string Format(CompiledExpression compiled, IReadOnlyList<Derivation> derivatives, IReadOnlyList<Derivation> mixed,
        Numerics.Environment? point, bool steps)
    {
        DiffReport Report(Derivation d) =>
            new(compiled, d, steps, point is null ? null : Engine.EvaluateDerivative(compiled, d, point));
        return derivatives.Count == 1 && mixed.Count == 0
            ? DiffJson.Format(Report(derivatives[0]))
            : DiffJson.Format(derivatives.Select(Report).ToList(), mixed.Select(Report).ToList());
    }
}
