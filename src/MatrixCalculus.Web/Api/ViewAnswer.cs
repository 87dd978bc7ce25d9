using MatrixCalculus.Calculus;
using MatrixCalculus.Printing;
using MatrixCalculus.Reports;

namespace MatrixCalculus.Web.Api;

/// <summary>
/// <c>POST /api/view</c> {"expression", "wrt", "order", "let", "layout"}: everything the page
/// shows, from one derivation:
/// <c>{"diff": the answer of /api/diff with its steps (an object, or an array for several
/// variables), "parse": the object of /api/parse (f in LaTeX, the shapes and attributes),
/// "labels": [{"label", "text", "differential"}]}</c>, one label per derivative in the order the
/// page meets them (each variable's object, then its mixed blocks): the derivative's name in
/// LaTeX and text (<c>\nabla_{x} f</c>, <c>∇_x f</c>) as the command line writes it beside the
/// result, and the differential df in LaTeX.
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
        var (derivatives, mixed) = CommonFields.Differentiate(fields, compiled);
        var diff = DiffAnswer.Format(compiled, derivatives, mixed, point: null, steps: true);
        // The order of DiffJson: each variable's derivative, then the mixed blocks it starts.
        var inOrder = derivatives.SelectMany(d => mixed.Where(m => m.FirstWrt == d.Wrt).Prepend(d));
        return Json.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("diff");
            writer.WriteRawValue(diff, skipInputValidation: true);
            writer.WritePropertyName("parse");
            ParseJson.Write(writer, compiled);
            writer.WriteStartArray("labels");
            foreach (var d in inOrder) WriteLabel(writer, d);
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteLabel(System.Text.Json.Utf8JsonWriter writer, Derivation d)
    {
        writer.WriteStartObject();
        writer.WriteString("label", DerivativeLabels.ResultLatex(d));
        writer.WriteString("text", DerivativeLabels.Result(d));
        writer.WriteString("differential", LatexPrinter.Print(d.Differential));
        writer.WriteEndObject();
    }
}
