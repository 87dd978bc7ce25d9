using MatrixCalculus.Syntax;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.Cli;

/// <summary>
/// POINT.json from disk. A file that cannot be read is a <see cref="DiagnosticCode.Point"/> error
/// naming the file; an error inside the file names the file in front of the reader's message and
/// keeps its caret under the offending JSON.
/// </summary>
internal static class PointFile
{
    public static Environment Read(string path, CompiledExpression compiled)
    {
        var json = ReadText(path);
        try
        {
            return Engine.ReadPoint(compiled, json);
        }
        catch (MatrixCalculusException e) when (e.Diagnostic.Source == json)
        {
            var diagnostic = e.Diagnostic with { Message = $"{path}: {e.Diagnostic.Message}", SourceName = path };
            throw new MatrixCalculusException(diagnostic);
        }
    }

    private static string ReadText(string path) => InputFile.ReadText(path, "point", DiagnosticCode.Point);
}
