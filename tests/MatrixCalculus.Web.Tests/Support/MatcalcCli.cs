namespace MatrixCalculus.Web.Tests.Support;

/// <summary><c>matcalc</c> run in-process: what it prints on standard output, and its exit code.</summary>
public static class MatcalcCli
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var (exit, stdout, stderr) = RunRaw(args);
        return (exit, stdout.TrimEnd('\n'), stderr.TrimEnd('\n'));
    }

    /// <summary>The same, the output as printed (a generated file keeps its last newline).</summary>
    public static (int Exit, string Out, string Error) RunRaw(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter { NewLine = "\n" }, new StringWriter { NewLine = "\n" });
        var exit = MatrixCalculus.Cli.Cli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
