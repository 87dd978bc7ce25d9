using System.Collections.Concurrent;

namespace MatrixCalculus.CodeGen.Tests.Support;

/// <summary>
/// Every case of the suite, run once per language: one python3 process for all NumPy modules,
/// one for all PyTorch modules (torch takes 1-2 s to start), one Roslyn compilation for all C#
/// files. Each test then reads the failures of its own group.
/// </summary>
public static class Batches
{
    private static readonly Lazy<IReadOnlyList<(string Group, Case Case)>> Cases = new(() =>
        [.. ExampleTableTests.Build().Select(c => ("examples", c)),
         .. RandomExpressionTests.Build().Select(c => ("random", c)),
         .. GeneratedFileTests.ClashCases().Select(c => ("clash", c)),
         .. CommutationCodeGenTests.Build().Select(c => ("commutation", c))]);

    private static readonly ConcurrentDictionary<Language, Lazy<IReadOnlyList<(string Group, string Failure)>>> Results = new();

    public static int Count(string group, Language language) => Cases.Value.Where((c, i) => c.Group == group && Included(c.Group, c.Case, i, language)).Count();

    /// <summary>The failures of <paramref name="group"/>'s cases in <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> Failures(string group, Language language) =>
        Results.GetOrAdd(language, l => new Lazy<IReadOnlyList<(string, string)>>(() => Run(l))).Value
            .Where(f => f.Group == group).Select(f => f.Failure).ToList();

    /// <summary>MATCALC_LONG_CODEGEN=1: thousands of cases in every language.</summary>
    public static bool Long => System.Environment.GetEnvironmentVariable("MATCALC_LONG_CODEGEN") == "1";

    // The normal suite keeps to a few seconds per language: NumPy runs every case; PyTorch and C#
    // (a torch module or a Roslyn compilation costs more) run the first-order example rows and a
    // third of the random cases, the rest in the long mode.
    private static bool Included(string group, Case c, int index, Language language) => Long || language == Language.NumPy || group switch
    {
        "examples" => c.Derivations[0].Order == 1,
        "random" => index % 3 == 0,
        _ => true,
    };

    private static IReadOnlyList<(string, string)> Run(Language language)
    {
        var all = Cases.Value.Where((c, i) => Included(c.Group, c.Case, i, language)).ToList();
        var failures = language == Language.CSharp
            ? CSharpCheck.Failures(all.Select(c => c.Case).ToList())
            : PythonBatch.Failures(all.Select(c => c.Case).ToList(), language);
        return failures.Select(f => (all[f.Index].Group, f.Message)).ToList();
    }
}
