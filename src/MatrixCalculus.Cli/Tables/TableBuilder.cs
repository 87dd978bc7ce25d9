using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli.Tables;

/// <summary>
/// Differentiates every row of a table file. An error in a row (a bad expression, bad declarations,
/// a variable that is not in the expression) is moved into the file: its line and column are the
/// file's, its caret is under the spot in the file's line, and its message names the file.
/// Every bad row is reported; the caller prints no table when there is one (a table with a hole
/// would mislead).
/// </summary>
internal static class TableBuilder
{
    public static (Table Table, IReadOnlyList<Diagnostic> Errors) Build(TableFile file, bool hessian)
    {
        var sections = new List<TableSection>();
        var errors = new List<Diagnostic>();
        string? title = null;
        var entries = new List<TableEntry>();
        foreach (var item in file.Items)
        {
            if (item is TableHeading heading)
            {
                if (title is not null || entries.Count > 0) sections.Add(new TableSection(title, entries));
                // A bare `##` starts a new table without a heading.
                (title, entries) = (heading.Title.Length == 0 ? null : heading.Title, []);
            }
            else if (item is TableRow row)
            {
                try
                {
                    entries.Add(Differentiate(row, hessian));
                }
                catch (MatrixCalculusException e)
                {
                    errors.Add(Relocate(file, row, e.Diagnostic));
                }
            }
        }
        if (title is not null || entries.Count > 0) sections.Add(new TableSection(title, entries));
        return (new Table(sections, hessian), errors);
    }

    private static TableEntry Differentiate(TableRow row, bool hessian)
    {
        var compiled = Engine.Compile(row.Expression.Text, row.Declarations?.Text);
        var first = Engine.Differentiate(compiled, row.Wrt.Text);
        // A second derivative of a vector or matrix function is a third-order object: no Hessian cell.
        var second = hessian && compiled.Expression.Shape.IsScalar ? Engine.Differentiate(compiled, row.Wrt.Text, order: 2) : null;
        return new TableEntry(row, compiled, first, second);
    }

    /// <summary>
    /// The diagnostic points into the text the engine was given (the expression or the
    /// declarations field); the same spot in the file is that field's start plus the offset. An
    /// unknown variable is shown under the wrt field, where the mistake is.
    /// </summary>
    private static Diagnostic Relocate(TableFile file, TableRow row, Diagnostic diagnostic)
    {
        var (field, span) = diagnostic switch
        {
            { Code: DiagnosticCode.UnknownVariable } => (row.Wrt, SourceSpan.None),
            { SourceName: "declarations" } when row.Declarations is not null => (row.Declarations, diagnostic.Span),
            _ => (row.Expression, diagnostic.Span),
        };
        var (start, length) = span.IsNone ? (0, field.Text.Length) : (span.Start, span.Length);
        var inFile = SourceSpan.At(file.Text, field.Start + start, length);
        return diagnostic with
        {
            Message = $"{file.Path}: {diagnostic.Message}",
            Span = inFile,
            Source = file.Text,
            SourceName = file.Path,
        };
    }
}
