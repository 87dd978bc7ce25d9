using MatrixCalculus.Printing;

namespace MatrixCalculus.Calculus;

/// <summary>
/// Folds the recorded steps into the lines of a derivation, one rule per line: only bookkeeping
/// is folded. Folding a step merges it into the next line of its chain: the step's expression is
/// dropped and its rule names go in front of the next line's. Folded are: a step that prints the
/// same as the next (it changed nothing visible); a push of d that only passes through a linear
/// operation or past constants when another push follows (d(Xw - y) = d(Xw) = X dw is written
/// X dw at once, as the notes do); a simplifier step that only moved transposes or scalars about
/// (transpose-product, gather-scalars, …) before another simplifier step; and a run of applications of one
/// rule at several places, which is one line of that rule. Every other simplifier rule keeps its
/// own line, so the key step of a derivation (hadamard-cancel, then sum-hadamard, then
/// inner-common-right) reads one law at a time. The start, the identification and the result are
/// never folded, so every chain still reads d(f) = … = ⟨G, dX⟩.
/// </summary>
internal static class StepFolding
{
    public static IReadOnlyList<DerivationStep> Fold(IReadOnlyList<RecordedStep> recorded)
    {
        var folded = new List<DerivationStep>();
        var chain = new List<RecordedStep>();
        foreach (var step in recorded)
        {
            if (step.Phase is StepPhase.Start or StepPhase.Result)
            {
                folded.AddRange(FoldChain(chain));
                chain.Clear();
                folded.Add(new(step.Rule, step.Expression, step.Phase == StepPhase.Start ? StepKind.Start : StepKind.Result));
            }
            else chain.Add(step);
        }
        folded.AddRange(FoldChain(chain));
        return folded;
    }

    private static IEnumerable<DerivationStep> FoldChain(List<RecordedStep> chain)
    {
        var texts = chain.Select(step => TextPrinter.Print(step.Expression)).ToList();
        for (int i = chain.Count - 2; i >= 0; i--)
            if (texts[i] == texts[i + 1]) MergeIntoNext(chain, i);
        while (First(chain, (s, next) => s.Phase == StepPhase.Differentiate && s.Reshuffle && next.Phase == StepPhase.Differentiate) is { } passThrough)
            MergeIntoNext(chain, passThrough);
        // Bookkeeping of the simplifier goes into the next simplifier line; the last line before the
        // identification stays, since it is df as the header prints it.
        while (First(chain, (s, next) => s.Phase == StepPhase.Simplify && s.Reshuffle && next.Phase == StepPhase.Simplify) is { } bookkeeping)
            MergeIntoNext(chain, bookkeeping);
        while (First(chain, (s, next) => s.Phase == StepPhase.Simplify && next.Phase == StepPhase.Simplify && s.Rule == next.Rule) is { } repeated)
            MergeIntoNext(chain, repeated);
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
        // A merged step is bookkeeping only if both were: a real rule folded in keeps the line.
        chain[i + 1] = chain[i + 1] with { Rule = string.Join(", ", rules), Reshuffle = chain[i].Reshuffle && chain[i + 1].Reshuffle };
        chain.RemoveAt(i);
    }
}
