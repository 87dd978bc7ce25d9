using System.Diagnostics;
using System.Text;

namespace MatrixCalculus.Cli.Tests;

/// <summary>
/// The real program, once per path through Main: the exit code reaches the process, stdout is
/// UTF-8 whatever the console default, and errors go to stderr. Everything else runs in-process.
/// </summary>
public class ProcessTests
{
    private static (int Exit, string Out, string Error) Matcalc(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "matcalc.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // A console that is not UTF-8 by default must still get σ and ∇ right.
        start.Environment["LANG"] = "C";
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void TheProgramPrintsUtf8AndExitsWith0()
    {
        var (exit, stdout, stderr) = Matcalc("diff", "x'Ax", "--wrt", "x");
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("∇_x f = (A + A')x", stdout);
    }

    [Fact]
    public void BadInputExitsWith2AndWritesOnlyToStderr()
    {
        var (exit, stdout, stderr) = Matcalc("parse", "1 + * 3");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("error MC1001 (line 1, column 5)", stderr);
    }
}
