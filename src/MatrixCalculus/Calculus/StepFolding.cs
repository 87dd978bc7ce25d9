using MatrixCalculus.Printing;

namespace MatrixCalculus.Calculus;

/// <summary>
/// Folds the recorded steps into a handful of lines. Folding a step merges it into the next line
/// of its chain: the step's expression is dropped and its rule names go in front of the next
/// line's. Always folded: a step that prints the same as the next (a pass that changed nothing
/// visible), and a push of d that only passes through a linear operation or past constants when
/// another push follows (d(Xw - y) = d(Xw) = X dw is written X dw at once, as the notes do).
/// Then, while a chain has more lines than <see cref="MaxLines"/>, the first step of the first
/// kind that exists is folded, in this order: a simplifier pass that only moved transposes or
/// scalars before another pass; any pass before another pass; any push before another push; any
/// step before another. The start, the identification and the result are never folded, so every
/// chain still reads d(f) = … = ⟨G, dX⟩.
/// </summary>
internal static class StepFolding
{
    /// <summary>Lines per chain after its start: one chain for a first derivative, two for a Hessian.</summary>
    public static int MaxLines(int chains) => chains == 1 ? 6 : 4;

    public static IReadOnlyList<DerivationStep> Fold(IReadOnlyList<RecordedStep> recorded)
    {
        var budget = MaxLines(recorded.Count(step => step.Phase == StepPhase.Start));
        var folded = new List<DerivationStep>();
        var chain = new List<RecordedStep>();
        foreach (var step in recorded)
        {
            if (step.Phase is StepPhase.Start or StepPhase.Result)
            {
                folded.AddRange(FoldChain(chain, budget));
                chain.Clear();
                folded.Add(new(step.Rule, step.Expression, step.Phase == StepPhase.Start ? StepKind.Start : StepKind.Result));
            }
            else chain.Add(step);
        }
        folded.AddRange(FoldChain(chain, budget));
        return folded;
    }

    private static IEnumerable<DerivationStep> FoldChain(List<RecordedStep> chain, int budget)
    {
        var texts = chain.Select(step => TextPrinter.Print(step.Expression)).ToList();
        for (int i = chain.Count - 2; i >= 0; i--)
            if (texts[i] == texts[i + 1]) MergeIntoNext(chain, i);
        while (First(chain, (s, next) => s.Phase == StepPhase.Differentiate && s.Reshuffle && next.Phase == StepPhase.Differentiate) is { } passThrough)
            MergeIntoNext(chain, passThrough);
        while (chain.Count > budget)
        {
            var i = First(chain, (s, next) => s.Phase == StepPhase.Simplify && s.Reshuffle && next.Phase == StepPhase.Simplify)
                ?? First(chain, (s, next) => s.Phase == StepPhase.Simplify && next.Phase == StepPhase.Simplify)
                ?? First(chain, (s, next) => s.Phase == StepPhase.Differentiate && next.Phase == StepPhase.Differentiate)
                ?? First(chain, (s, _) => s.Phase != StepPhase.Identify);
            if (i is null) break;
            MergeIntoNext(chain, i.Value);
        }
        return chain.Select(step => new DerivationStep(step.Rule, step.Expression, StepKind.Equal));
    }

    private static int? First(List<RecordedStep> chain, Func<RecordedStep, RecordedStep, bool> foldable)
    {
        for (int i = 0; i + 1 < chain.Count; i++)
            if (foldable(chain[i], chain[i + 1])) return i;
        return null;
    }

    private static void MergeIntoNext(List<RecordedStep> chain, int i)
    {
        var rules = (chain[i].Rule + ", " + chain[i + 1].Rule).Split(", ", StringSplitOptions.RemoveEmptyEntries).Distinct();
        chain[i + 1] = chain[i + 1] with { Rule = string.Join(", ", rules) };
        chain.RemoveAt(i);
    }
}
