using MatrixCalculus.CodeGen.Tests.Support;

namespace MatrixCalculus.CodeGen.Tests;

/// <summary>
/// Every row of the examples/ tables, at order 1 and (for scalar functions) order 2, generated in
/// each language and run: evaluate(point) matches the library's numbers (those of
/// `matcalc diff --at`) to 1e-10 relative, the module's self-check passes, and PyTorch gradients
/// agree with torch.autograd. C# is compiled with Roslyn and run in-process.
/// </summary>
public class ExampleTableTests
{
    internal static List<Case> Build()
    {
        var cases = new List<Case>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "examples"), "*.mc").Order(StringComparer.Ordinal))
            foreach (var (expression, wrt, let) in Repository.TableRows(file))
            {
                cases.Add(Case.FromText(expression, wrt, 1, let));
                if (Engine.Compile(expression, let).Expression.Shape.IsScalar)
                    cases.Add(Case.FromText(expression, wrt, 2, let));
            }
        return cases;
    }

    [Theory]
    [InlineData(Language.NumPy)]
    [InlineData(Language.PyTorch)]
    [InlineData(Language.CSharp)]
    public void EveryTableRowRunsAndMatchesTheLibrary(Language language)
    {
        var failures = Batches.Failures("examples", language);
        Assert.True(failures.Count == 0, $"{failures.Count} of {Batches.Count("examples", language)} failed:\n" + string.Join("\n\n", failures.Take(3)));
    }
}
