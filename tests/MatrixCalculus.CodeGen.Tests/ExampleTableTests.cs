using MatrixCalculus.CodeGen.Tests.Support;
using MatrixCalculus.Numerics;

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
        var failures = new List<string>();
        foreach (var c in Cases)
        {
            try
            {
                var evaluate = CSharpRunner.Compile(c.Generate(Language.CSharp));
                var values = c.Compiled.Symbols.ToDictionary(s => s.Name, s => c.Point[s.Name]);
                var (value, derivatives) = evaluate(values);
                var expected = c.Derivations.Select(d => Engine.EvaluateDerivative(c.Compiled, d, c.Point)).ToList();
                double error = Math.Max(FiniteDifference.RelativeError(value, Engine.Evaluate(c.Compiled, c.Point)),
                    expected.Zip(derivatives, FiniteDifference.RelativeError).Max());
                if (!(error <= 1e-10)) failures.Add($"{c}: differs by {error:g3} relative");
            }
            catch (Exception e)
            {
                failures.Add($"{c}: {e.Message}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases.Count} failed:\n" + string.Join("\n\n", failures.Take(3)));
    }
}
