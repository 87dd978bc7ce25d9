namespace MatrixCalculus.Cli;

/// <summary>
/// Runs a command on a thread of its own, for two reasons:
/// <list type="bullet">
/// <item>a stack large enough for every tree walk over the deepest term the limits let through
///   (a stack overflow cannot be caught in .NET: it would end the process without a message), so
///   the command does not depend on the stack of whoever calls <see cref="Cli.Run(string[], TextWriter, TextWriter)"/>;</item>
/// <item>a time budget (<see cref="Limits.CommandTimeBudget"/>): past it the caller stops waiting
///   and reports the fact, exit 2. The work itself cannot be stopped from outside (.NET has no
///   thread abort), so the thread is a background thread: the process ends without it.</item>
/// </list>
/// The command writes into buffers that are copied out only if it finishes in time, so a late
/// finish never prints after the time-out message.
/// </summary>
internal static class CommandThread
{
    // Reserved address space, committed only as the stack grows. The hungriest tree walks (the
    // differentiator, the printers) take up to 3 KB per level, so 64 MB holds some 20,000
    // levels: 20 times Limits.MaxTermDepth, 100 times the deepest derivative of an input
    // within Limits.MaxDepth.
    private const int StackBytes = 64 * 1024 * 1024;

    public static int Run(Io io, TimeSpan budget, Func<Io, int> command)
    {
        var output = new StringWriter { NewLine = io.Out.NewLine };
        var errors = new StringWriter { NewLine = io.Error.NewLine };
        int exit = ExitCode.InternalError;
        var worker = new Thread(() => exit = command(new Io(output, errors)), StackBytes)
        {
            IsBackground = true,
            Name = "matcalc command",
        };
        worker.Start();
        if (!worker.Join(budget))
        {
            io.Error.WriteLine(Failures.TooLong(budget).Render());
            return ExitCode.BadInput;
        }
        io.Out.Write(output.ToString());
        io.Error.Write(errors.ToString());
        return exit;
    }
}
