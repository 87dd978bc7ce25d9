using System.Collections.Concurrent;
using System.Diagnostics;
using CsCheck;
using Xunit.Abstractions;

namespace MatrixCalculus.Tests.Properties;

/// <summary>
/// Runs a property over random cases and reports what happened.
///
/// Normal mode (the default): each property checks a few hundred cases (over 1,000 in all) with
/// CsCheck's <c>Sample</c>; the first failure is shrunk to a small case and CsCheck throws with the
/// seed to replay it (<c>seed:</c> argument or environment variable <c>CsCheck_Seed</c>) and the
/// case printed by <c>print</c>.
///
/// Long mode: set the environment variable <c>MATCALC_LONG_PROPERTIES=1</c> to run
/// <see cref="LongTotal"/> (100,000) cases spread over the properties (a number above 1 instead of
/// 1 sets that total, for a quicker survey: <c>MATCALC_LONG_PROPERTIES=5000</c>). It surveys instead of stopping
/// at the first failure: every case is classified, the counts are written to the test output, and
/// the test fails at the end listing the smallest failing cases.
/// </summary>
public static class PropertyRun
{
    public const string LongModeVariable = "MATCALC_LONG_PROPERTIES";
    public const int LongTotal = 100_000;

    /// <summary>
    /// Cases at a kink or numerically delicate may not exceed this share (or <see cref="UncheckedAllowance"/>
    /// cases, whichever is more): a property must not go vacuous. About 1.5% of cases land at a kink.
    /// </summary>
    public const double MaxUncheckedShare = 0.05;

    /// <summary>In a run of 150 cases with 1.5% expected at kinks, 15 is far in the tail: the bound cannot fail by chance.</summary>
    public const int UncheckedAllowance = 15;

    /// <summary>The total number of cases of the long mode, or null in normal mode.</summary>
    private static int? LongModeTotal =>
        int.TryParse(System.Environment.GetEnvironmentVariable(LongModeVariable), out var value) && value >= 1
            ? value == 1 ? LongTotal : value
            : null;

    public static bool IsLong => LongModeTotal is not null;

    /// <summary><paramref name="normal"/> cases, or this property's <paramref name="longShare"/> of the long total in long mode.</summary>
    public static int Iterations(int normal, double longShare) =>
        LongModeTotal is { } total ? Math.Max(1, (int)Math.Round(total * longShare)) : normal;

    /// <param name="survey">classify every case instead of stopping at the first failure (the default in long mode).</param>
    public static void Check<T>(string name, Gen<T> cases, Func<T, Outcome> property, int iterations, ITestOutputHelper output, bool? survey = null)
        where T : notnull
    {
        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        if (survey ?? IsLong)
            cases.Sample(c => tally.Add(c.ToString()!, Classify(property, c)), iter: iterations, print: c => c.ToString()!);
        else
            cases.Sample(c =>
            {
                var outcome = Classify(property, c);
                tally.Add(c.ToString()!, outcome);
                if (outcome.IsFailure) throw new PropertyFailedException($"{outcome.Verdict}: {outcome.Detail}");
            }, iter: iterations, print: c => c.ToString()!);
        output.WriteLine($"{name}: {tally.Summary()} in {clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var line in tally.FailureKinds()) output.WriteLine("  failure kind: " + line);
        foreach (var line in tally.Examples(Verdict.Delicate, 5)) output.WriteLine("  delicate: " + line);
        Assert.True(tally.Failures.IsEmpty, $"{name}: {tally.Summary()}\n" + string.Join("\n\n", tally.SmallestFailures(10)));
        Assert.True(tally.Unchecked <= Math.Max(UncheckedAllowance, MaxUncheckedShare * tally.Total),
            $"{name}: {tally.Unchecked} of the cases could not be checked (kinks or numerically delicate): {tally.Summary()}");
    }

    // A property that throws is a crash of the code under test, reported like any other failure.
    private static Outcome Classify<T>(Func<T, Outcome> property, T c)
    {
        try { return property(c); }
        catch (Exception e) { return Outcome.Crash("the property", e); }
    }

    private sealed class Tally
    {
        private readonly ConcurrentDictionary<Verdict, int> counts = new();
        private readonly ConcurrentBag<(string Case, Outcome Outcome)> notable = [];
        public ConcurrentBag<(string Case, Outcome Outcome)> Failures { get; } = [];

        public void Add(string c, Outcome outcome)
        {
            counts.AddOrUpdate(outcome.Verdict, 1, (_, n) => n + 1);
            if (outcome.IsFailure) Failures.Add((c, outcome));
            else if (outcome.Verdict == Verdict.Delicate) notable.Add((c, outcome));
        }

        private int Count(Verdict v) => counts.GetValueOrDefault(v);
        public int Total => Enum.GetValues<Verdict>().Sum(Count);
        public int Unchecked => Count(Verdict.Kink) + Count(Verdict.Delicate);

        public string Summary() =>
            $"{Total} cases: " + string.Join(", ", Enum.GetValues<Verdict>().Select(v => $"{Count(v)} {v.ToString().ToLowerInvariant()}"));

        public IEnumerable<string> Examples(Verdict verdict, int count) =>
            notable.Where(n => n.Outcome.Verdict == verdict).OrderBy(n => n.Case.Length).ThenBy(n => n.Case, StringComparer.Ordinal)
                .Take(count).Select(n => $"{n.Case}\n    {n.Outcome.Detail}");

        /// <summary>Failures grouped by the start of their message, most frequent first, with the smallest case of each.</summary>
        public IEnumerable<string> FailureKinds() =>
            Failures.GroupBy(f => Signature(f.Outcome))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Count()} × {g.Key}\n    smallest: {g.MinBy(f => f.Case.Length).Case}");

        private static string Signature(Outcome o)
        {
            var text = $"{o.Verdict}: {o.Detail}";
            int cut = text.IndexOf(" (derivative", StringComparison.Ordinal);
            if (cut < 0) cut = text.IndexOf(';');
            text = cut > 0 ? text[..cut] : text;
            return text.Length > 90 ? text[..90] : text;
        }

        public IEnumerable<string> SmallestFailures(int count) =>
            Failures.OrderBy(f => f.Case.Length).ThenBy(f => f.Case, StringComparer.Ordinal).Take(count)
                .Select(f => $"{f.Case}\n  {f.Outcome.Verdict}: {f.Outcome.Detail}");
    }
}

public sealed class PropertyFailedException(string message) : Exception(message);
