namespace MatrixCalculus.Web;

/// <summary>
/// What one playground server allows a request: <see cref="Budget"/> is the per-command time
/// budget of the command line (<see cref="TimeBudget"/>), <see cref="MaxRequestBytes"/> the size
/// of a request body.
/// </summary>
public sealed record PlaygroundOptions(TimeSpan Budget)
{
    /// <summary>
    /// 1 MiB: room for the longest expression the parser reads (<see cref="Limits.MaxInputLength"/>
    /// characters, up to 3 bytes each in UTF-8) with its declarations and a point, and little more.
    /// </summary>
    public const int DefaultMaxRequestBytes = 1 << 20;

    public int MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>The command line's default budget and the default request size.</summary>
    public static PlaygroundOptions Default => new(Limits.CommandTimeBudget);
}
