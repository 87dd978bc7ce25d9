using MatrixCalculus.Cli.Tests.Support;
using Xunit.Abstractions;

namespace MatrixCalculus.Cli.Tests.Fuzz;

/// <summary>
/// matcalc in-process on mutated expressions, declarations, --wrt names and POINT.json files,
/// through every command: exit 0, 1 or 2 with a well-placed diagnostic, never an internal error
/// (exit 70) or an exception. Seeded: a failure prints the case as C# literals. FUZZ_SEED picks
/// another seed; MATCALC_LONG_FUZZ=1 runs 100,000 cases of each kind instead of the quick count.
/// </summary>
public class CliFuzzTests(ITestOutputHelper output)
{
    private static readonly bool Long = System.Environment.GetEnvironmentVariable("MATCALC_LONG_FUZZ") == "1";
    private static readonly int BaseSeed = int.TryParse(System.Environment.GetEnvironmentVariable("FUZZ_SEED"), out var seed) ? seed : 5_2024;

    // Generous for one small case, yet short enough that a runaway case shows up as a MC1003
    // time-out (counted in the log) rather than stalling the suite.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    private static readonly string[] Formats = ["text", "latex", "json", "markdown"];

    [Fact]
    public void MutatedExpressionsDeclarationsAndWrtNamesNeverCrashAnyCommand()
    {
        var random = new Random(BaseSeed);
        var mutator = new Mutator(random);
        var stats = new Stats();
        using var point = new TempFile("{}");
        int cases = Long ? 100_000 : 3_000;
        for (int i = 0; i < cases; i++)
        {
            var seed = mutator.Pick(FuzzCorpus.Seeds);
            var expression = mutator.Chance(0.85) ? mutator.Mutate(seed.Expression, FuzzCorpus.ExpressionFragments) : seed.Expression;
            var let = Let(mutator, seed);
            var wrt = mutator.Chance(0.8) ? seed.Wrt : mutator.Pick(FuzzCorpus.OddWrts);
            var args = Command(mutator, random, expression, let, wrt, point.Path);
            string? json = null;
            if (args.Contains("--at"))
                json = Write(point.Path, PointFuzzer.Valid(Engine.Compile(seed.Expression, seed.Let), i), mutator);
            Run(new FuzzCase(args, json), stats);
        }
        Report(cases, BaseSeed, stats);
        // Most mutants must still reach differentiation, or the fuzzing says little about it.
        Assert.True(stats["exit 0"] > cases / 8, stats.ToString());
        Assert.Equal(0, stats["exit 1 without a warning"]);
    }

    [Fact]
    public void MutatedPointFilesAreExitTwoSayingWhatAndWhereOrAValue()
    {
        var random = new Random(BaseSeed + 1);
        var mutator = new Mutator(random);
        var stats = new Stats();
        var fuzzer = new PointFuzzer(mutator, random);
        using var point = new TempFile("{}");
        int cases = Long ? 100_000 : 3_000;
        for (int i = 0; i < cases; i++)
        {
            var seed = mutator.Pick(FuzzCorpus.Seeds);
            var compiled = Engine.Compile(seed.Expression, seed.Let);
            var json = Write(point.Path, mutator.Chance(0.15) ? PointFuzzer.Valid(compiled, i) : fuzzer.Mutated(compiled, i), mutator);
            string[] args = random.Next(3) switch
            {
                0 => ["eval", seed.Expression, "--at", point.Path],
                1 => ["diff", seed.Expression, "--wrt", seed.Wrt, "--at", point.Path, "--format", "json", "--order", random.Next(2) == 0 ? "1" : "2"],
                _ => ["check", seed.Expression, "--wrt", seed.Wrt, "--at", point.Path],
            };
            if (seed.Let is not null) args = [.. args, "--let", seed.Let];
            Run(new FuzzCase(args, json), stats);
        }
        Report(cases, BaseSeed + 1, stats);
        Assert.True(stats["exit 0"] > cases / 10, stats.ToString());
        // Every seed's derivative is right: a failed check must say why the numbers mislead.
        Assert.Equal(0, stats["exit 1 without a warning"]);
        Assert.True(stats["MC4001"] > cases / 3, stats.ToString());
    }

    private void Report(int cases, int seed, Stats stats)
    {
        output.WriteLine($"{cases} cases (seed {seed}): {stats}");
        foreach (var failed in stats.FailedChecks) output.WriteLine($"check failed on:\n{failed}");
    }

    private static void Run(FuzzCase c, Stats stats)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = Cli.Run(c.Args, stdout, stderr, Budget);
        Outcome.AssertClean(c, new RunResult(exit, stdout.ToString(), stderr.ToString()), stats);
    }

    // UTF-8 that replaces a lone surrogate (a mutation may split a pair), and now and then a byte
    // that is not UTF-8 at all, as a file saved in another encoding has.
    // Returns the text as matcalc reads it back (a bad byte reads as U+FFFD), where positions point.
    private static string Write(string path, string json, Mutator mutator)
    {
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(json).ToList();
        if (mutator.Chance(0.03)) bytes.Insert(mutator.Pick(Enumerable.Range(0, bytes.Count + 1).ToArray()), mutator.Pick(new byte[] { 0xFF, 0xC3, 0x80, 0xFE }));
        File.WriteAllBytes(path, bytes.ToArray());
        return File.ReadAllText(path);
    }

    private static string? Let(Mutator mutator, Seed seed)
    {
        if (mutator.Chance(0.75)) return seed.Let;
        var let = mutator.Pick(FuzzCorpus.Lets);
        return mutator.Chance(0.5) ? mutator.Mutate(let, FuzzCorpus.LetFragments) : let;
    }

    private static string[] Command(Mutator mutator, Random random, string expression, string? let, string wrt, string pointPath)
    {
        var args = new List<string>();
        switch (random.Next(4))
        {
            case 0:
                args.AddRange(["parse", expression, "--format", mutator.Pick(["text", "latex", "json"])]);
                break;
            case 1:
                args.AddRange(["diff", expression, "--wrt", wrt, "--order", Order(random), "--format", mutator.Pick(Formats)]);
                if (mutator.Chance(0.3)) args.Add("--steps");
                if (mutator.Chance(0.2)) args.AddRange(["--layout", "denominator"]);
                if (mutator.Chance(0.2)) args.AddRange(["--at", pointPath]);
                break;
            case 2:
                args.AddRange(["check", expression, "--wrt", wrt, "--order", Order(random), "--seed", random.Next(-5, 100).ToString()]);
                break;
            default:
                // The point comes from the unmutated seed: a mutated expression must fail before the point matters.
                args.AddRange(["eval", expression, "--at", pointPath]);
                break;
        }
        if (let is not null) args.AddRange(["--let", let]);
        return args.ToArray();
    }

    private static string Order(Random random) => random.Next(3) == 0 ? "2" : "1";
}
