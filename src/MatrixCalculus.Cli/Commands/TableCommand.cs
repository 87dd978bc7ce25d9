using System.CommandLine;
using MatrixCalculus.Cli.Arguments;
using MatrixCalculus.Cli.Output;
using MatrixCalculus.Cli.Tables;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli.Commands;

/// <summary>
/// <c>matcalc table FILE [--format markdown|latex] [--hessian]</c>: one row per line
/// <c>EXPR | wrt | declarations</c> of FILE, with f, df and the derivative (and the second
/// derivative with <c>--hessian</c>). One bad line and no table is printed: every bad line is
/// reported on standard error and the exit code is 2.
/// </summary>
internal static class TableCommand
{
    /// <summary>A file of garbage would bury the first errors; past this many the rest are counted.</summary>
    public const int MaxReportedErrors = 10;

    public static Command Create(Io io)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "the table file: one `EXPR | wrt | declarations` per line (declarations optional), `#` comments, `## Title` headings",
        };
        var format = CommonOptions.Format(OutputFormat.Markdown, OutputFormat.Latex);
        var hessian = new Option<bool>("--hessian")
        {
            Description = "add a column with the second derivative (Hessian) of every scalar f",
        };
        var command = new Command("table", "print a table of f, df and the derivative for every line of a file")
        {
            file, format, hessian,
        };
        command.SetAction(parsed => Run(io,
            parsed.GetRequiredValue(file), parsed.GetRequiredValue(format).Value, parsed.GetValue(hessian)));
        return command;
    }

    private static int Run(Io io, string path, OutputFormat format, bool hessian)
    {
        var (file, lineErrors) = TableReader.Read(path);
        var (table, rowErrors) = TableBuilder.Build(file, hessian);
        var errors = lineErrors.Concat(rowErrors).OrderBy(e => e.Span.Line).ToList();
        if (errors.Count > 0)
        {
            Report(io, path, errors);
            return ExitCode.BadInput;
        }
        io.Out.WriteLine(format == OutputFormat.Latex ? TableLatex.Format(table) : TableMarkdown.Format(table));
        return ExitCode.Success;
    }

    private static void Report(Io io, string path, IReadOnlyList<Diagnostic> errors)
    {
        foreach (var error in errors.Take(MaxReportedErrors))
            io.Error.WriteLine(error.Render());
        int more = errors.Count - MaxReportedErrors;
        if (more > 0)
            io.Error.WriteLine(TableReader.Error(path, "", $"{more} more bad line{(more == 1 ? "" : "s")} not shown.", SourceSpan.None).Render());
    }
}
