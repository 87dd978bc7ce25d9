using System.Globalization;

namespace MatrixCalculus.Cli;

/// <summary>
/// The time budget of a command: <see cref="Limits.CommandTimeBudget"/>, or the number of seconds
/// in the environment variable <see cref="Variable"/> for a user who knows a command needs longer.
/// </summary>
internal static class TimeBudget
{
    public const string Variable = "MATCALC_TIME_BUDGET";

    // Thread.Join takes at most int.MaxValue milliseconds (about 24 days).
    private const double MaxSeconds = int.MaxValue / 1000.0;

    /// <summary>The budget, or the reason the variable's text is not one.</summary>
    public static (TimeSpan Budget, string? Problem) Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (Limits.CommandTimeBudget, null);
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds > 0 && seconds <= MaxSeconds)
            return (TimeSpan.FromSeconds(seconds), null);
        return (Limits.CommandTimeBudget, $"{Variable} must be a number of seconds between 0 and {MaxSeconds:0}, not `{text}`.");
    }

    /// <summary>Seconds as a person writes them: 10, 0.5, 0.001.</summary>
    public static string Describe(TimeSpan budget) =>
        budget.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + (budget.TotalSeconds == 1 ? " second" : " seconds");
}
