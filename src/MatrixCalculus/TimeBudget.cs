using System.Globalization;
using MatrixCalculus.Syntax;

namespace MatrixCalculus;

/// <summary>
/// The time budget of a command: <see cref="Limits.CommandTimeBudget"/>, or the number of seconds
/// in the environment variable <see cref="Variable"/> for a user who knows a command needs longer.
/// The command line and the playground's server read it the same way.
/// </summary>
public static class TimeBudget
{
    /// <summary>The environment variable that sets the budget: <c>MATCALC_TIME_BUDGET</c>, in seconds.</summary>
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

    /// <summary>The budget the environment sets, or the reason its text is not one.</summary>
    public static (TimeSpan Budget, string? Problem) FromEnvironment() => Read(System.Environment.GetEnvironmentVariable(Variable));

    /// <summary>The error of a command that did not finish within <paramref name="budget"/>; it points at no input.</summary>
    public static Diagnostic Exceeded(TimeSpan budget) =>
        new(DiagnosticCode.InputTooLarge,
            $"the command did not finish within its time budget of {Describe(budget)}; " +
            $"try a smaller expression or point, or a first derivative instead of a second (or set {Variable} to more seconds).",
            SourceSpan.None, "", "command line");

    /// <summary>Seconds as a person writes them: 10, 0.5, 0.001.</summary>
    public static string Describe(TimeSpan budget) =>
        budget.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + (budget.TotalSeconds == 1 ? " second" : " seconds");
}
