using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Calculus;
using MatrixCalculus.Syntax;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.Cli;

/// <summary>
/// V.json of <c>--along</c> from disk; like <see cref="PointFile"/>, an error inside the file names
/// the file in front of the reader's message and keeps its caret under the offending JSON.
/// </summary>
internal static class DirectionFile
{
    public static Matrix<double> Read(string path, Derivation derivation, Environment point)
    {
        var json = InputFile.ReadText(path, "direction", DiagnosticCode.Point);
        try
        {
            return Engine.ReadDirection(derivation, json, point);
        }
        catch (MatrixCalculusException e) when (e.Diagnostic.Source == json)
        {
            throw new MatrixCalculusException(e.Diagnostic with { Message = $"{path}: {e.Diagnostic.Message}", SourceName = path });
        }
    }
}
