using MatrixCalculus.Cli;

namespace MatrixCalculus.Cli.Tests.Support;

/// <summary>What one in-process run of matcalc printed and returned. Line ends are normalized to \n.</summary>
public sealed record RunResult(int Exit, string Out, string Error);

public static class Matcalc
{
    public static RunResult Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = Cli.Run(args, stdout, stderr);
        return new RunResult(exit, stdout.ToString(), stderr.ToString());
    }
}
