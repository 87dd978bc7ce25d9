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
    private static bool Long => Batches.Long;

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
            // The self-check draws its own point: evaluate(point) is the exact comparison here.
            var generated = Case.FromTerm(c.Function, c.Wrt, c.Order, point) with { SelfCheck = false };
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

    internal static List<Case> Build() =>
        [.. Sample(Long ? 1000 : 40, 1, "0000000000011"), .. Sample(Long ? 500 : 20, 2, "0000000000012")];

    [Theory]
    [InlineData(Language.NumPy)]
    [InlineData(Language.PyTorch)]
    [InlineData(Language.CSharp)]
    public void RandomExpressionsMatchTheLibrary(Language language)
    {
        var failures = Batches.Failures("random", language);
        Assert.True(failures.Count == 0, $"{failures.Count} of {Batches.Count("random", language)} failed:\n" + string.Join("\n\n", failures.Take(2)));
    }
}
