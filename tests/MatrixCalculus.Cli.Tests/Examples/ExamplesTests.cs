using MatrixCalculus.Cli.Tables;
using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Examples;

/// <summary>
/// Every <c>examples/NAME.mc</c> is a table file whose output, <c>matcalc table NAME.mc</c>, is
/// approved as <c>examples/NAME.expected.md</c>; and every derivative in it agrees with central
/// finite differences, so an approved table cannot hold a wrong result.
/// </summary>
public class ExamplesTests
{
    /// <summary>The options an example is printed with (examples/README.md gives the same commands).</summary>
    private static string[] OptionsOf(string name) => name == "hessians" ? ["--hessian"] : [];

    private static IReadOnlyList<string> ExampleNames() =>
        Directory.GetFiles(Repository.Examples, "*.mc").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Names() => new(ExampleNames());

    [Fact]
    public void TheExamplesHoldTheNotesTableTheCookbookAndTheLosses() =>
        Assert.Superset(new HashSet<string> { "standard-differentials", "cookbook-traces-determinants-inverses", "ml-losses" }, ExampleNames().ToHashSet());

    [Theory, MemberData(nameof(Names))]
    public void AnExampleTablePrintsAsApproved(string name)
    {
        var run = Matcalc.Run(["table", Path.Combine(Repository.Examples, name + ".mc"), .. OptionsOf(name)]);
        Assert.True(run.Exit == 0, $"exit {run.Exit}: {run.Error}");
        Snapshot.VerifyExpected(run.Out, Repository.Examples, name);
    }

    [Theory, MemberData(nameof(Names))]
    public void EveryDerivativeOfAnExampleAgreesWithFiniteDifferences(string name)
    {
        var (file, lineErrors) = TableReader.Read(Path.Combine(Repository.Examples, name + ".mc"));
        var (table, rowErrors) = TableBuilder.Build(file, hessian: OptionsOf(name).Contains("--hessian"));
        Assert.Empty(lineErrors.Concat(rowErrors));
        var failures = new List<string>();
        foreach (var entry in table.Sections.SelectMany(s => s.Entries))
            foreach (var derivation in new[] { entry.First, entry.Second }.OfType<Calculus.Derivation>())
                foreach (var seed in new[] { 1, 2, 3 })
                {
                    var report = Engine.Check(entry.Compiled, derivation, seed: seed);
                    if (!report.Passed)
                        failures.Add($"line {entry.Row.Line}, order {derivation.Order}, seed {seed}: relative error {report.MaxRelativeError:g3}");
                }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
