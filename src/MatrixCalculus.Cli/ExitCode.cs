namespace MatrixCalculus.Cli;

/// <summary>The process exit codes of <c>matcalc</c> (see README.md in this folder).</summary>
public static class ExitCode
{
    public const int Success = 0;
    /// <summary><c>check</c> ran and the derivative disagrees with finite differences.</summary>
    public const int CheckFailed = 1;
    /// <summary>Bad input of any kind: expression, declarations, point file, command line.</summary>
    public const int BadInput = 2;
    /// <summary>A bug in matcalc (EX_SOFTWARE of sysexits.h), never caused by the input alone.</summary>
    public const int InternalError = 70;
}
