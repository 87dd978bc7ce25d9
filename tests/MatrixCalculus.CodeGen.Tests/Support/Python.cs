using System.Diagnostics;

namespace MatrixCalculus.CodeGen.Tests.Support;

/// <summary>
/// Debian's python3 with python3-numpy and python3-torch, which the tests run generated modules
/// with (CI installs them). Without one of them a test fails saying what to install: generated
/// code that was never run must not pass.
/// </summary>
public static class Python
{
    public const string Interpreter = "/usr/bin/python3";

    public static string Module(CodeGen.Language language) => language == CodeGen.Language.PyTorch ? "torch" : "numpy";

    private static readonly Dictionary<string, string?> Missing = new();

    /// <summary>Fails the test unless python3 can import <paramref name="module"/>.</summary>
    public static void Require(string module)
    {
        string? problem;
        lock (Missing)
        {
            if (!Missing.TryGetValue(module, out problem))
            {
                var package = $"python3-{module}";
                var (code, _, error) = File.Exists(Interpreter) ? Run(["-c", $"import {module}"], TimeSpan.FromMinutes(1)) : (-1, "", "");
                problem = code == 0 ? null
                    : File.Exists(Interpreter) ? $"python3 cannot import {module} ({error.Trim().Split('\n').LastOrDefault()}): install it with `sudo apt-get install {package}`."
                    : $"{Interpreter} is missing: install it with `sudo apt-get install python3 {package}`.";
                Missing[module] = problem;
            }
        }
        Assert.True(problem is null, problem);
    }

    public static (int ExitCode, string Output, string Error) Run(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Interpreter) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // One thread per process: the tests run several at once on a small machine.
        start.Environment["OMP_NUM_THREADS"] = "1";
        start.Environment["OPENBLAS_NUM_THREADS"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"python3 {string.Join(' ', arguments)} ran longer than {timeout}.");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
