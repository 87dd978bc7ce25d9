using MatrixCalculus.Reports;

namespace MatrixCalculus.Web.Api;

/// <summary><c>POST /api/parse</c> {"expression", "let"}: the object of <c>matcalc parse --format json</c>.</summary>
internal static class ParseAnswer
{
    public static ApiEndpoint Endpoint { get; } = new("/api/parse",
        [(CommonFields.Expression, FieldKind.Text), (CommonFields.Let, FieldKind.Text)],
        fields => ParseJson.Format(CommonFields.Compile(fields)));
}
