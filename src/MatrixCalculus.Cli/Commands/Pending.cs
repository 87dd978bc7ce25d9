using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli.Commands;

/// <summary>The answer of a command whose library part has not been merged yet: an error, never a fake result.</summary>
internal static class Pending
{
    public static int NotYet(string command, string missing) =>
        throw new MatrixCalculusException(Failures.Usage($"`matcalc {command}` is not available yet: it needs {missing}, which {(missing.Contains(" and ") ? "are" : "is")} not merged yet."));
}
