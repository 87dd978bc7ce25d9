using MatrixCalculus.CodeGen.Tests.Support;

namespace MatrixCalculus.CodeGen.Tests;

/// <summary>
/// Every row of the examples/ tables, at order 1 and (for scalar functions) order 2, generated in
/// each language and run: evaluate(point) matches the library's numbers (those of
/// `matcalc diff --at`) to 1e-10 relative, the module's self-check passes, and PyTorch gradients
/// agree with torch.autograd.
/// </summary>
public class ExampleTableTests
{
    public static IReadOnlyList<Case> Cases { get; } = Build();

    private static List<Case> Build()
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
    public void GeneratedPythonMatchesTheLibraryAndChecksItself(Language language)
    {
        var failures = PythonBatch.Failures(Cases, language);
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases.Count} failed:\n" + string.Join("\n\n", failures.Take(3)));
    }

    [Fact]
    public void GeneratedCSharpCompilesAndMatchesTheLibrary()
    {
        var failures = Cases.Select(CSharpCheck.Failure).OfType<string>().ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases.Count} failed:\n" + string.Join("\n\n", failures.Take(3)));
    }
}
