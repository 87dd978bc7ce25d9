using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli;

/// <summary>Reading a file named on the command line, with one clear error when it cannot be read.</summary>
internal static class InputFile
{
    /// <param name="kind">what the file is, for the message: "point", "table".</param>
    public static string ReadText(string path, string kind, DiagnosticCode code)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e switch
            {
                _ when Directory.Exists(path) => "it is a directory",
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message.TrimEnd('.'),
            };
            throw new MatrixCalculusException(new Diagnostic(code,
                $"cannot read the {kind} file `{path}`: {reason}.", SourceSpan.None, "", path));
        }
    }
}
