using System.Diagnostics;
using System.Text;

namespace MatrixCalculus.Cli.Tests;

/// <summary>
/// The real program, once per path through Main: the exit code reaches the process, stdout is
/// UTF-8 whatever the console default, and errors go to stderr. Everything else runs in-process.
/// </summary>
public class ProcessTests
{
    private static (int Exit, string Out, string Error) Matcalc(params string[] args) => Matcalc(new Dictionary<string, string>(), args);

    private static (int Exit, string Out, string Error) Matcalc(IReadOnlyDictionary<string, string> environment, params string[] args)
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
        foreach (var (name, value) in environment) start.Environment[name] = value;
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

    [Fact]
    public void AnUnknownBlasChoiceIsAUsageError()
    {
        var (exit, stdout, stderr) = Matcalc(new Dictionary<string, string> { ["MATCALC_BLAS"] = "mkl" }, "diff", "x'Ax", "--wrt", "x");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal("error MC5001: MATCALC_BLAS must be auto, openblas or managed, not `mkl`.\n", stderr);
    }

    // The same 80×80 product on each choice: OpenBLAS where installed (managed otherwise), never a crash.
    [Fact]
    public void EveryBlasChoiceGivesTheSameValue()
    {
        var point = Path.Combine(Path.GetTempPath(), $"matcalc-blas-{Guid.NewGuid():N}.json");
        var rows = Enumerable.Range(0, 80).Select(i => "[" + string.Join(", ", Enumerable.Range(0, 80).Select(j => Math.Sin(i + 2.0 * j).ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]");
        File.WriteAllText(point, $"{{\"A\": [{string.Join(", ", rows)}]}}");
        try
        {
            var values = new[] { "managed", "openblas", "auto" }.Select(choice =>
            {
                var (exit, stdout, stderr) = Matcalc(new Dictionary<string, string> { ["MATCALC_BLAS"] = choice }, "eval", "tr(AA'A)", "--at", point);
                Assert.True(exit == 0, stderr);
                return System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("value").GetDouble();
            }).ToArray();
            Assert.All(values, value => Assert.Equal(values[0], value, Math.Abs(values[0]) * 1e-12));
        }
        finally
        {
            File.Delete(point);
        }
    }
}
