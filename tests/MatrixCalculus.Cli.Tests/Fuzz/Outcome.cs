using System.Text.Json;
using System.Text.RegularExpressions;
using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Fuzz;

/// <summary>One fuzz case: the command line, and the POINT.json text behind its --at (if any).</summary>
public sealed record FuzzCase(string[] Args, string? Json)
{
    public string Command => Args[0];
    public string Expression => Args.Length > 1 ? Args[1] : "";
    public string? Let => Value("--let");
    public string? Value(string option) => Array.IndexOf(Args, option) is var i and >= 0 && i + 1 < Args.Length ? Args[i + 1] : null;

    /// <summary>The case as C# literals, to paste into a test.</summary>
    public override string ToString() =>
        $"args: [{string.Join(", ", Args.Select(Literal))}]" + (Json is null ? "" : $"\npoint: {Literal(Json)}");

    private static string Literal(string s)
    {
        var shown = s.Length > 300 ? s[..150] + $"…({s.Length} chars)…" + s[^100..] : s;
        return JsonSerializer.Serialize(shown);
    }
}

/// <summary>
/// What every run must look like, whatever the input: exit 0, 1 (check only) or 2, never 70;
/// on exit 2 nothing on standard output and on standard error one diagnostic, whose position (when
/// it has one) lies inside the text it is about, followed by that line and a caret line.
/// </summary>
public static partial class Outcome
{
    [GeneratedRegex(@"^error MC(?<code>\d{4})(?: \(line (?<line>\d+), column (?<column>\d+)\))?: (?<message>.+)$")]
    private static partial Regex Header();

    // Diagnostics that are about no text: the command line, an unreadable point file, the time budget.
    private static readonly Regex Unplaced = new(@"^(error MC5001: |error MC4001: cannot read the point file |error MC1003: the command did not finish )");

    public static void AssertClean(FuzzCase c, RunResult run, Stats stats)
    {
        stats.Count(c, run);
        Check(run.Exit is 0 or 2 || run.Exit == 1 && c.Command == "check", c, run, "exit code");
        if (run.Exit != 2)
        {
            Check(run.Out.Length > 0 && run.Error.Length == 0, c, run, "a result on stdout, nothing on stderr");
            // Help (a mutated expression may read `-h`) is text whatever the format.
            bool help = run.Out.StartsWith("Description:", StringComparison.Ordinal);
            if (!help && (c.Command == "eval" || c.Value("--format") == "json")) JsonDocument.Parse(run.Out).Dispose();
            return;
        }
        Check(run.Out.Length == 0, c, run, "nothing on stdout on exit 2");
        var lines = run.Error.TrimEnd('\n').Split('\n');
        var header = Header().Match(lines[0]);
        Check(header.Success, c, run, "an `error MCnnnn` first line");
        // Quoted input must not smuggle a control or bidirectional character into the terminal.
        Check(!lines.Any(line => line.Any(Invisible)), c, run, "no control, format or bidirectional character in the message");
        if (!header.Groups["line"].Success)
        {
            Check(Unplaced.IsMatch(lines[0]), c, run, "a position, since the error is about the input");
            return;
        }
        var source = SourceOf(c, int.Parse(header.Groups["code"].Value), header.Groups["message"].Value);
        Check(source is not null && Inside(source, int.Parse(header.Groups["line"].Value), int.Parse(header.Groups["column"].Value)),
            c, run, "a position inside the text the error is about");
        // An empty text has no line to show under the header.
        if (source!.Length == 0) { Check(lines.Length == 1, c, run, "the header alone"); return; }
        Check(lines.Length == 3, c, run, "the header, the line of the input and the caret line");
        Check(Regex.IsMatch(lines[2], @"^  *\^+$"), c, run, "a caret line");
    }

    // Declaration errors point into --let, point errors into the JSON, all others into the expression.
    private static string? SourceOf(FuzzCase c, int code, string message) => code switch
    {
        1004 => c.Let,
        4001 when c.Value("--at") is { } path && message.StartsWith(path + ": ", StringComparison.Ordinal) => c.Json,
        // EXPR `-` is standard input, which the fuzz runs leave empty; `@FILE` a file.
        _ => c.Expression == "-" ? "" : c.Expression,
    };

    private static bool Invisible(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    // Line and column are 1-based; the column may be one past the end of its line (end of input).
    private static bool Inside(string text, int line, int column)
    {
        var lines = text.Split('\n');
        return line >= 1 && line <= lines.Length && column >= 1 && column <= lines[line - 1].Length + 1;
    }

    private static void Check(bool condition, FuzzCase c, RunResult run, string expected)
    {
        if (!condition)
            Assert.Fail($"expected {expected}; got exit {run.Exit}\n{c}\nstdout: {Cut(run.Out)}\nstderr: {Cut(run.Error)}");
    }

    private static string Cut(string s) => s.Length > 600 ? s[..600] + "…" : s;
}

/// <summary>How the cases ended, for the test log: exit codes and diagnostic codes.</summary>
public sealed class Stats
{
    private readonly SortedDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly List<string> failedChecks = [];

    /// <summary>The first few checks that ran and disagreed (exit 1) without a warning, with their report.</summary>
    public IReadOnlyList<string> FailedChecks => failedChecks;

    public void Count(FuzzCase c, RunResult run)
    {
        Add($"exit {run.Exit}");
        // Every seed's derivative is right, so a failed check should say why (a kink, a nearly
        // singular matrix, rounding); one that does not is worth a look.
        if (run.Exit == 0 && c.Command == "check" && run.Out.Contains("\nwarning: ")) Add("check passed with a warning");
        if (run.Exit == 1 && !run.Out.Contains("\nwarning: "))
        {
            Add("exit 1 without a warning");
            if (failedChecks.Count < 5) failedChecks.Add($"{c}\n{run.Out}");
        }
        if (run.Exit == 2 && run.Error.Length >= 10 && run.Error.StartsWith("error MC", StringComparison.Ordinal)) Add(run.Error[6..12]);
    }

    public int this[string key] => counts.GetValueOrDefault(key);

    private void Add(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    public override string ToString() => string.Join(", ", counts.Select(p => $"{p.Key}: {p.Value}"));
}
