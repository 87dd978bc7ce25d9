using MatrixCalculus.Calculus;
using MatrixCalculus.Terms;
using static MatrixCalculus.Tests.Support.Symbols;

namespace MatrixCalculus.Tests.Steps;

/// <summary>How recorded steps fold into lines: what merges into what, and what never does.</summary>
public class StepFoldingTests
{
    // Distinct printable expressions to stand for the lines (the values do not matter to folding).
    private static Expr Term(int i) => Ex.Scale(Ex.Num(i), x);

    private static RecordedStep Start => new(StepPhase.Start, "", Ex.D(Ex.MatMul(x.T, A, x)));
    private static RecordedStep Push(int i, string rule, bool passThrough = false) => new(StepPhase.Differentiate, rule, Term(i), passThrough);
    private static RecordedStep Pass(int i, string rule, bool reshuffle = false) => new(StepPhase.Simplify, rule, Term(i), reshuffle);
    private static RecordedStep Identify(int i) => new(StepPhase.Identify, "identify", Term(i));
    private static RecordedStep Result => new(StepPhase.Result, "", A);

    private static string[] Lines(params RecordedStep[] recorded) =>
        StepFolding.Fold(recorded).Select(s => $"{s.Kind} {s.Expression} [{s.Rule}]").ToArray();

    [Fact]
    public void ALineThatPrintsLikeTheNextIsFoldedIntoItWithItsRules()
    {
        Assert.Equal(["Start d(x'Ax) []", "Equal 2x [d-norm-power, identify]", "Result A []"],
            Lines(Start, Push(2, "d-norm-power"), Identify(2), Result));
    }

    [Fact]
    public void APassThroughPushIsFoldedIntoTheNextPushButNotIntoTheIdentification()
    {
        Assert.Equal(["Start d(x'Ax) []", "Equal 2x [d-sum, d-matmul]", "Equal 3x [d-transpose]", "Equal 4x [identify]", "Result A []"],
            Lines(Start, Push(1, "d-sum", passThrough: true), Push(2, "d-matmul"), Push(3, "d-transpose", passThrough: true), Identify(4), Result));
    }

    [Fact]
    public void AShortChainKeepsEveryLineButTheBookkeeping()
    {
        var recorded = new[] { Start, Push(1, "d-matmul"), Push(2, "d-inverse"), Pass(3, "transpose-product", reshuffle: true), Pass(4, "collect-like-terms"), Identify(5), Result };
        Assert.Equal(6, StepFolding.Fold(recorded).Count);
    }

    [Fact]
    public void EverySimplifierRuleKeepsItsOwnLineAndOnlyBookkeepingFoldsIntoTheNext()
    {
        var recorded = new List<RecordedStep> { Start };
        recorded.AddRange(Enumerable.Range(1, 4).Select(i => Push(i, $"d-rule{i}")));
        recorded.AddRange([Pass(5, "hadamard-cancel"), Pass(6, "transpose-product", reshuffle: true), Pass(7, "sum-hadamard"),
            Pass(8, "inner-common-right"), Pass(9, "gather-scalars", reshuffle: true)]);
        recorded.AddRange([Identify(10), Result]);
        Assert.Equal(
        [
            "Start d(x'Ax) []",
            "Equal x [d-rule1]",
            "Equal 2x [d-rule2]",
            "Equal 3x [d-rule3]",
            "Equal 4x [d-rule4]",
            "Equal 5x [hadamard-cancel]",
            "Equal 7x [transpose-product, sum-hadamard]",
            "Equal 8x [inner-common-right]",
            "Equal 9x [gather-scalars]",
            "Equal 10x [identify]",
            "Result A []",
        ], Lines([.. recorded]));
    }

    [Fact]
    public void ARunOfOneRuleAtSeveralPlacesIsOneLine()
    {
        Assert.Equal(["Start d(x'Ax) []", "Equal 3x [collect-like-terms]", "Equal 4x [negate-sum]", "Equal 5x [identify]", "Result A []"],
            Lines(Start, Pass(1, "collect-like-terms"), Pass(2, "collect-like-terms"), Pass(3, "collect-like-terms"), Pass(4, "negate-sum"), Identify(5), Result));
    }

    [Fact]
    public void PushesAreNeverFoldedByCountTheStartAndResultStay()
    {
        var recorded = new List<RecordedStep> { Start };
        recorded.AddRange(Enumerable.Range(1, 7).Select(i => Push(i, $"d-rule{i}")));
        recorded.AddRange([Identify(8), Result]);
        var folded = StepFolding.Fold(recorded);
        Assert.Equal(10, folded.Count);
        Assert.Equal(StepKind.Start, folded[0].Kind);
        Assert.Equal(StepKind.Result, folded[^1].Kind);
        Assert.All(folded.Skip(1).SkipLast(1), step => Assert.DoesNotContain(",", step.Rule));
    }
}
