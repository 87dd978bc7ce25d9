using System.CommandLine;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli;

/// <summary>
/// Turns every failure into one message on standard error and an exit code; no stack trace ever
/// reaches the user. Bad input is a <see cref="MatrixCalculusException"/> (exit 2); anything else
/// is a bug in matcalc (exit 70).
/// </summary>
internal static class Failures
{
    public static int Guard(Io io, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (MatrixCalculusException e)
        {
            io.Error.WriteLine(Render(e.Diagnostic));
            return ExitCode.BadInput;
        }
        catch (Exception e)
        {
            io.Error.WriteLine($"internal error: {e.GetType().Name}: {OneLine(e.Message)} (this is a bug in matcalc, not in your input)");
            return ExitCode.InternalError;
        }
    }

    /// <summary>
    /// The diagnostic as printed. Messages quote the input (`found `x``, `no symbol `z``), and a
    /// quoted control or bidirectional character would reach the terminal (a right-to-left mark
    /// reorders the rest of the line, an escape starts a terminal command): each is shown as its
    /// code point. The caret line below is already cleaned by <see cref="Diagnostic.Render"/>.
    /// </summary>
    public static string Render(Diagnostic diagnostic) => (diagnostic with { Message = Visible(diagnostic.Message) }).Render();

    private static string Visible(string text) => string.Concat(text.Select(c =>
        char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? $"U+{(int)c:X4}" : c.ToString()));

    /// <summary>System.CommandLine's own errors (unknown command, missing argument, bad option value).</summary>
    public static int ReportCommandLineErrors(Io io, ParseResult parsed)
    {
        if (parsed.CommandResult.Command is RootCommand)
            io.Error.WriteLine(Render(Usage(NoCommand(parsed))));
        else
            foreach (var error in parsed.Errors)
                io.Error.WriteLine(Render(Usage(OneLine(error.Message))));
        io.Error.WriteLine($"run `{CommandPath(parsed)} --help` for usage.");
        return ExitCode.BadInput;
    }

    /// <summary>A command-line error as a diagnostic without a span: <c>error MC5001: message</c>.</summary>
    public static Diagnostic Usage(string message) =>
        new(DiagnosticCode.Usage, message, SourceSpan.None, "", "command line");

    // The root's own errors ("Required command was not provided." next to "Unrecognized command
    // or argument 'foo'.") say one thing twice; one sentence naming the commands says it better.
    private static string NoCommand(ParseResult parsed)
    {
        var commands = string.Join(", ", parsed.RootCommandResult.Command.Subcommands.Select(c => c.Name));
        if (parsed.UnmatchedTokens.Count == 0) return $"no command given; the commands are {commands}.";
        var token = parsed.UnmatchedTokens[0];
        return $"unknown {(token.StartsWith('-') ? "option" : "command")} `{token}`; the commands are {commands}.";
    }

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Add(result.Parent is null ? "matcalc" : result.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
}
