namespace MatrixCalculus;

/// <summary>
/// Runs a piece of work (one command: compile, differentiate, print) on a thread of its own, for
/// two reasons:
/// <list type="bullet">
/// <item>a stack large enough for every tree walk over the deepest term the limits let through
///   (a stack overflow cannot be caught in .NET: it would end the process without a message), so
///   the work does not depend on the stack of whoever calls it (a thread-pool thread of a web
///   server has 1.5 MB);</item>
/// <item>a time budget (<see cref="TimeBudget"/>): the caller waits on the returned task for as
///   long as the budget allows and then stops waiting. The work itself cannot be stopped from
///   outside (.NET has no thread abort), so the thread is a background thread: the process ends
///   without it, and a server goes on serving other requests while it finishes.</item>
/// </list>
/// </summary>
public static class WorkThread
{
    // Reserved address space, committed only as the stack grows. The hungriest tree walks (the
    // differentiator, the printers) take up to 3 KB per level, so 64 MB holds some 20,000
    // levels: 20 times Limits.MaxTermDepth, 100 times the deepest derivative of an input
    // within Limits.MaxDepth.
    private const int StackBytes = 64 * 1024 * 1024;

    /// <summary>Starts <paramref name="work"/>; the task ends with its result or its exception.</summary>
    public static Task<T> Start<T>(Func<T> work)
    {
        // Continuations run elsewhere, never on the work thread after the work is done.
        var outcome = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                outcome.SetResult(work());
            }
            catch (Exception e)
            {
                outcome.SetException(e);
            }
        }, StackBytes)
        {
            IsBackground = true,
            Name = "matcalc command",
        };
        thread.Start();
        return outcome.Task;
    }
}
