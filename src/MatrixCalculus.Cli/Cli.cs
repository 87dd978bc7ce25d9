using System.CommandLine;
using System.CommandLine.Invocation;
using MatrixCalculus.Cli.Commands;

namespace MatrixCalculus.Cli;

/// <summary>
/// The <c>matcalc</c> program as a function, so tests run it in-process:
/// arguments and two writers in, exit code out.
/// </summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (budget, problem) = TimeBudget.Read(System.Environment.GetEnvironmentVariable(TimeBudget.Variable));
        if (problem is null) return Run(args, stdout, stderr, budget);
        stderr.WriteLine(Failures.Render(Failures.Usage(problem)));
        return ExitCode.BadInput;
    }

    /// <summary>The same with a time budget of the caller's choice (tests make it tiny).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeSpan budget) =>
        CommandThread.Run(new Io(stdout, stderr), budget, io => RunHere(args, io));

    private static int RunHere(string[] args, Io io)
    {
        var (stdout, stderr) = (io.Out, io.Error);
        return Failures.Guard(io, () =>
        {
            var root = BuildCommands(io);
            // Expressions are user text: never expand "@file" response files or bundle "-xy" flags.
            var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null, EnablePosixBundling = false });
            if (parsed.Action is ParseErrorAction)
                return Failures.ReportCommandLineErrors(io, parsed);
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                // Exceptions reach Failures.Guard, which prints one line and picks the exit code.
                EnableDefaultExceptionHandler = false,
            });
        });
    }

    private static RootCommand BuildCommands(Io io) =>
        new("matcalc: symbolic matrix calculus (differentials, gradients, Jacobians, Hessians) with numeric checks.")
        {
            ParseCommand.Create(io),
            EvalCommand.Create(io),
            DiffCommand.Create(io),
            CheckCommand.Create(io),
            TableCommand.Create(io),
            CodegenCommand.Create(io),
        };
}

/// <summary>Where a command writes: standard output for results, standard error for diagnostics.</summary>
public sealed record Io(TextWriter Out, TextWriter Error);
