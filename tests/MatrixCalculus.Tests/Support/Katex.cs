using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace MatrixCalculus.Tests.Support;

/// <summary>KaTeX's verdict on one LaTeX string: rendered, or rejected with KaTeX's message.</summary>
public sealed record KatexVerdict(bool Ok, string? Error);

/// <summary>
/// Renders LaTeX with KaTeX by running tests/katex/render.js under node, a whole batch in one
/// process (starting node costs far more than rendering). The package comes from
/// tests/katex/package-lock.json; a machine without node or without the installed package fails
/// the test with the command that fixes it, never passes it silently.
/// </summary>
public static class Katex
{
    public const string InstallCommand = "npm ci --prefix tests/katex";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>One verdict per string, in order.</summary>
    public static IReadOnlyList<KatexVerdict> Render(IReadOnlyList<string> latex)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "katex");
        var script = Path.Combine(folder, "render.js");
        if (!File.Exists(Path.Combine(folder, "node_modules", "katex", "package.json")))
            throw new InvalidOperationException($"KaTeX is not installed in {folder}: run `{InstallCommand}` from the repository root.");

        var (exitCode, stdout, stderr) = RunNode(script, JsonSerializer.Serialize(latex));
        if (exitCode != 0)
            throw new InvalidOperationException($"node {script} exited with code {exitCode}: {stderr}");
        var verdicts = JsonSerializer.Deserialize<List<KatexVerdict>>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"node {script} printed no verdicts: {stdout}");
        if (verdicts.Count != latex.Count)
            throw new InvalidOperationException($"node {script} returned {verdicts.Count} verdicts for {latex.Count} strings.");
        return verdicts;
    }

    /// <summary>The folder holding MatrixCalculus.sln, found upward from the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MatrixCalculus.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no MatrixCalculus.sln above {AppContext.BaseDirectory}.");
    }

    private static (int ExitCode, string Stdout, string Stderr) RunNode(string script, string input)
    {
        // UTF-8 without a byte-order mark both ways: a BOM on stdin is not JSON.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var start = new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = utf8,
            StandardOutputEncoding = utf8,
            StandardErrorEncoding = utf8,
        };
        using var node = StartOrExplain(start);
        // Read both pipes while writing stdin, so a full pipe never deadlocks the two processes.
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(input);
        node.StandardInput.Close();
        if (!node.WaitForExit(Timeout))
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {Timeout.TotalSeconds} s.");
        }
        return (node.ExitCode, stdout.Result, stderr.Result);
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"cannot run node ({e.Message}): install Node.js, then run `{InstallCommand}` from the repository root.", e);
        }
    }
}
