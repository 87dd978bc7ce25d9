using CsCheck;
using MatrixCalculus.CodeGen.Tests.Support;
using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.CodeGen.Tests;

/// <summary>
/// Random expressions over every node of the language (the main suite's generator), generated in
/// each language and run against the library's numbers and their own self-checks. A few hundred
/// cases in the normal suite, batched into one python3 process per language;
/// MATCALC_LONG_CODEGEN=1 runs a few thousand across the three languages.
/// </summary>
public class RandomExpressionTests
{
    private static bool Long => System.Environment.GetEnvironmentVariable("MATCALC_LONG_CODEGEN") == "1";

    private static List<Case> Sample(int count, int order, string seed)
    {
        var cases = new List<Case>();
        var shapes = order == 2 ? ExprGenerator.ScalarShape : Gen.OneOf(ExprGenerator.ScalarShape, ExprGenerator.ScalarShape, ExprGenerator.ColumnShape);
        ExprGenerator.Derivative(shapes, _ => true, order).Sample(c =>
        {
            if (Usable(c) is { } usable) lock (cases) cases.Add(usable);
        }, iter: count, threads: 1, seed: seed);
        return cases;
    }

    // Cases the library itself cannot give numbers for (a kink at the point, an undefined value,
    // a size no symbol carries) test nothing about the generated code.
    private static Case? Usable(DerivativeCase c)
    {
        try
        {
            var point = RandomPoint.Generate(c.Function, VariablePool.All, c.PointSeed);
            if (Kinks.Find(c.Function, point).Count > 0) return null;
            var generated = Case.FromTerm(c.Function, c.Wrt, c.Order, point);
            generated.ExpectedValue();
            generated.ExpectedDerivative();
            generated.Generate(Language.NumPy);
            return generated;
        }
        catch (Exception e) when (e is MatrixCalculusException or EvaluationException)
        {
            return null;
        }
    }

    public static TheoryData<Language, int> Runs() => new()
    {
        { Language.NumPy, 1 }, { Language.NumPy, 2 }, { Language.PyTorch, 1 }, { Language.PyTorch, 2 },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void RandomExpressionsMatchTheLibrary(Language language, int order)
    {
        var cases = Sample(Long ? 1500 : order == 1 ? 120 : 60, order, order == 1 ? "0000000000011" : "0000000000012");
        // The self-check draws its own point: evaluate(point) is the exact comparison here.
        var failures = PythonBatch.Failures(cases, language, selfCheck: false);
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} failed:\n" + string.Join("\n\n", failures.Take(2)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void RandomExpressionsInCSharpMatchTheLibrary(int order)
    {
        var cases = Sample(Long ? 600 : 25, order, "0000000000013");
        var failures = cases.Select(CSharpCheck.Failure).OfType<string>().ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} failed:\n" + string.Join("\n\n", failures.Take(2)));
    }
}
