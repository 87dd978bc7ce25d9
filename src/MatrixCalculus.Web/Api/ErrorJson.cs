using MatrixCalculus.Reports;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Web.Api;

/// <summary>
/// A bad request's answer: <c>{"error", "line", "column", "length", "code", "source", "rendered"}</c>.
/// error is the message; line, column (from 1, in characters) and length say where it points in
/// the text named by source ("expression", "declarations", "at" for a point, "request" for the
/// body itself), or are null when it points nowhere (the time budget); rendered is the message as
/// the command line prints it, with the caret line under the input.
/// </summary>
internal static class ErrorJson
{
    public static string Format(Diagnostic diagnostic) => Json.Write(writer =>
    {
        var span = diagnostic.Span;
        writer.WriteStartObject();
        writer.WriteString("error", diagnostic.Message);
        if (span.IsNone)
        {
            writer.WriteNull("line");
            writer.WriteNull("column");
            writer.WriteNull("length");
        }
        else
        {
            writer.WriteNumber("line", span.Line);
            writer.WriteNumber("column", span.Column);
            writer.WriteNumber("length", span.Length);
        }
        writer.WriteString("code", $"MC{(int)diagnostic.Code}");
        writer.WriteString("source", diagnostic.SourceName);
        writer.WriteString("rendered", diagnostic.Render());
        writer.WriteEndObject();
    });

    /// <summary>A failure that is matcalc's own fault, not the input's (HTTP 500).</summary>
    public static string Internal(Exception e) => Json.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("error", $"internal error: {e.GetType().Name}: {e.Message} (this is a bug in matcalc, not in your input)");
        writer.WriteNull("line");
        writer.WriteNull("column");
        writer.WriteEndObject();
    });
}
