using MatrixCalculus.Cli;

namespace MatrixCalculus.Cli.Tests.Support;

/// <summary>What one in-process run of matcalc printed and returned. Line ends are normalized to \n.</summary>
public sealed record RunResult(int Exit, string Out, string Error);

public static class Matcalc
{
    /// <summary>A run with nothing on standard input (an EXPR of `-` reads the empty text).</summary>
    public static RunResult Run(params string[] args) => RunWithInput("", args);

    public static RunResult RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = Cli.Run(args, new StringReader(stdin), stdout, stderr);
        return new RunResult(exit, stdout.ToString(), stderr.ToString());
    }
}
