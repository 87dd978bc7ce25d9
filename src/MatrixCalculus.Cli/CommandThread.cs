namespace MatrixCalculus.Cli;

/// <summary>
/// Runs a command on a <see cref="WorkThread"/> (a large stack, and a time budget past which the
/// caller stops waiting and reports the fact, exit 2).
/// The command writes into buffers that are copied out only if it finishes in time, so a late
/// finish never prints after the time-out message.
/// </summary>
internal static class CommandThread
{
    public static int Run(Io io, TimeSpan budget, Func<Io, int> command)
    {
        var output = new StringWriter { NewLine = io.Out.NewLine };
        var errors = new StringWriter { NewLine = io.Error.NewLine };
        var work = WorkThread.Start(() => command(new Io(output, errors) { In = io.In }));
        if (!((IAsyncResult)work).AsyncWaitHandle.WaitOne(budget))
        {
            io.Error.WriteLine(Failures.Render(TimeBudget.Exceeded(budget)));
            return ExitCode.BadInput;
        }
        io.Out.Write(output.ToString());
        io.Error.Write(errors.ToString());
        // The command turns its own failures into messages (Failures.Guard); anything escaping it is a bug.
        return work.IsCompletedSuccessfully ? work.Result : ExitCode.InternalError;
    }
}
