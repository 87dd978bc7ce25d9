using MatrixCalculus.Printing;
using MatrixCalculus.Reports;

namespace MatrixCalculus.Web.Api;

/// <summary>
/// <c>POST /api/view</c> {"expression", "wrt", "order", "let", "layout"}: everything the page
/// shows, from one derivation:
/// <c>{"diff": the object of /api/diff with its steps, "parse": the object of /api/parse (the
/// inferred shapes), "latex": {"f", "differential", "label"}, "text": {"label"}}</c>, where label
/// is the derivative's name (<c>∇_x f</c>, <c>∂f/∂x</c>, <c>∇²_x f</c>), as the command line
/// writes it beside the result.
/// </summary>
internal static class ViewAnswer
{
    public static ApiEndpoint Endpoint { get; } = new("/api/view",
    [
        (CommonFields.Expression, FieldKind.Text), (CommonFields.Wrt, FieldKind.Text), (CommonFields.Order, FieldKind.Integer),
        (CommonFields.Let, FieldKind.Text), (CommonFields.Layout, FieldKind.Text),
    ], Answer);

    private static string Answer(RequestFields fields)
    {
        var compiled = CommonFields.Compile(fields);
        var d = CommonFields.Differentiate(fields, compiled);
        return Json.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("diff");
            DiffJson.Write(writer, new DiffReport(compiled, d, ShowSteps: true, Value: null));
            writer.WritePropertyName("parse");
            ParseJson.Write(writer, compiled);
            writer.WriteStartObject("latex");
            writer.WriteString("f", LatexPrinter.Print(d.Function));
            writer.WriteString("differential", LatexPrinter.Print(d.Differential));
            writer.WriteString("label", DerivativeLabels.ResultLatex(d));
            writer.WriteEndObject();
            writer.WriteStartObject("text");
            writer.WriteString("label", DerivativeLabels.Result(d));
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }
}
