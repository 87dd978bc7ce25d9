using System.CommandLine;
using System.CommandLine.Invocation;
using MatrixCalculus.Cli.Commands;
using MatrixCalculus.Numerics.Blas;

namespace MatrixCalculus.Cli;

/// <summary>
/// The <c>matcalc</c> program as a function, so tests run it in-process:
/// arguments and two writers in, exit code out.
/// </summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, Console.In, stdout, stderr);

    /// <summary>The same, with standard input of the caller's choice (read for an EXPR of <c>-</c>).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var (budget, problem) = TimeBudget.FromEnvironment();
        problem ??= Blas.Parse(System.Environment.GetEnvironmentVariable(Blas.Variable)).Problem;
        if (problem is null) return Run(args, stdout, stderr, budget, stdin);
        stderr.WriteLine(Failures.Render(Failures.Usage(problem)));
        return ExitCode.BadInput;
    }

    /// <summary>The same with a time budget of the caller's choice (tests make it tiny).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeSpan budget, TextReader? stdin = null)
    {
        var io = new Io(stdout, stderr) { In = stdin ?? TextReader.Null };
        // `serve` runs until it is stopped and gives each request the budget itself; every other
        // command is one piece of work within the budget.
        if (args.Length > 0 && args[0] == ServeCommand.Name) return RunHere(args, io, budget);
        return CommandThread.Run(io, budget, work => RunHere(args, work, budget));
    }

    private static int RunHere(string[] args, Io io, TimeSpan budget)
    {
        var (stdout, stderr) = (io.Out, io.Error);
        return Failures.Guard(io, () =>
        {
            var root = BuildCommands(io, budget);
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

    private static RootCommand BuildCommands(Io io, TimeSpan budget) =>
        new("matcalc: symbolic matrix calculus (differentials, gradients, Jacobians, Hessians) with numeric checks.")
        {
            ParseCommand.Create(io),
            EvalCommand.Create(io),
            DiffCommand.Create(io),
            CheckCommand.Create(io),
            TableCommand.Create(io),
            CodegenCommand.Create(io),
            ServeCommand.Create(io, budget),
        };
}

/// <summary>Where a command writes: standard output for results, standard error for diagnostics.</summary>
public sealed record Io(TextWriter Out, TextWriter Error)
{
    /// <summary>Standard input, read when EXPR is <c>-</c>.</summary>
    public TextReader In { get; init; } = TextReader.Null;
}
