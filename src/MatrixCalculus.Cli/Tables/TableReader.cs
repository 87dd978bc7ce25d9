using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli.Tables;

/// <summary>
/// Reads a table file: one derivation per line, <c>EXPR | wrt | declarations</c> (or
/// <c>EXPR | wrt</c>); <c>#</c> starts a comment; a line starting with <c>##</c> is a heading.
/// A line that is not of that form is a <see cref="DiagnosticCode.TableFile"/> error pointing into
/// the file; all such lines are reported, not only the first.
/// </summary>
internal static class TableReader
{
    public static (TableFile File, IReadOnlyList<Diagnostic> Errors) Read(string path)
    {
        var text = ReadText(path);
        var items = new List<TableItem>();
        var errors = new List<Diagnostic>();
        int lineStart = 0, lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            var item = ReadLine(path, text, line, lineStart, lineNumber, errors);
            if (item is not null) items.Add(item);
            lineStart += rawLine.Length + 1;
        }
        if (items.OfType<TableRow>().Any() || errors.Count > 0) return (new TableFile(path, text, items), errors);
        throw new MatrixCalculusException(Error(path, "",
            "the file has no rows: write one derivation per line, `EXPR | wrt | declarations`.", SourceSpan.None));
    }

    private static TableItem? ReadLine(string path, string text, string line, int lineStart, int lineNumber, List<Diagnostic> errors)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("##", StringComparison.Ordinal)) return new TableHeading(lineNumber, trimmed[2..].Trim());
        // The language has no '#', so everything after one is a comment.
        var hash = line.IndexOf('#');
        var content = hash < 0 ? line : line[..hash];
        if (string.IsNullOrWhiteSpace(content)) return null;

        var separators = TableFields.Separators(content);
        var fields = TableFields.Split(content);
        Diagnostic Fail(string message, int start, int length) =>
            Error(path, text, message, SourceSpan.At(text, lineStart + start, length));

        Diagnostic? error = fields.Count switch
        {
            1 => Fail("expected `EXPR | wrt | declarations`, but the line has no `|` before the variable.", fields[0].Start, fields[0].Length),
            > 3 => Fail($"expected `EXPR | wrt | declarations`, but the line has {fields.Count} fields: a third `|` is one too many.", separators[2], 1),
            _ when fields[0].Length == 0 => Fail("no expression before the first `|`.", separators[0], 1),
            _ when fields[1].Length == 0 => Fail("no variable after the first `|`.", separators[0], 1),
            _ => null,
        };
        if (error is not null)
        {
            errors.Add(error);
            return null;
        }
        TableField Field((int Start, int Length) f) => new(content.Substring(f.Start, f.Length), lineStart + f.Start);
        var declarations = fields.Count == 3 && fields[2].Length > 0 ? Field(fields[2]) : null;
        return new TableRow(lineNumber, Field(fields[0]), Field(fields[1]), declarations);
    }

    /// <summary>An error about the table file: the message starts with the file's name, as for a point file.</summary>
    public static Diagnostic Error(string path, string text, string message, SourceSpan span) =>
        new(DiagnosticCode.TableFile, $"{path}: {message}", span, text, path);

    private static string ReadText(string path) => InputFile.ReadText(path, "table", DiagnosticCode.TableFile);
}
