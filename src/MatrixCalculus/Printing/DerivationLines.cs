using MatrixCalculus.Calculus;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>The left side a derivation line is printed with.</summary>
internal enum LineLeft
{
    /// <summary>The chain's start: <c>d(f) = …</c>.</summary>
    Start,
    /// <summary>The same left side as the line above: <c>= …</c>.</summary>
    Continued,
    /// <summary>The derivative's label: <c>∇f = …</c>.</summary>
    Result,
    /// <summary>A start nothing follows (d(x) of x itself): printed alone.</summary>
    Alone,
}

/// <summary>One printed line of a derivation: what stands left of <c>=</c>, the expression, the rules.</summary>
internal sealed record DerivationLine(LineLeft Left, Expr? Start, Expr Expression, string Rule);

/// <summary>The steps of a derivation as lines: a chain's start joins the first step after it.</summary>
internal static class DerivationLines
{
    public static IReadOnlyList<DerivationLine> Of(IReadOnlyList<DerivationStep> steps)
    {
        var lines = new List<DerivationLine>();
        Expr? start = null;
        foreach (var step in steps)
        {
            if (step.Kind != StepKind.Equal && start is not null)
            {
                lines.Add(new(LineLeft.Alone, start, start, ""));
                start = null;
            }
            switch (step.Kind)
            {
                case StepKind.Start:
                    start = step.Expression;
                    break;
                case StepKind.Equal:
                    lines.Add(new(start is null ? LineLeft.Continued : LineLeft.Start, start, step.Expression, step.Rule));
                    start = null;
                    break;
                default:
                    lines.Add(new(LineLeft.Result, null, step.Expression, step.Rule));
                    break;
            }
        }
        if (start is not null) lines.Add(new(LineLeft.Alone, start, start, ""));
        return lines;
    }

    /// <summary>
    /// What line <paramref name="i"/> shows, and for a chain's first line what the whole chain
    /// shows: the <c>where</c> lines of a chain come before it, not between its <c>=</c> lines.
    /// </summary>
    public static IEnumerable<Expr> Shown(IReadOnlyList<DerivationLine> lines, int i)
    {
        if (lines[i].Start is { } start) yield return start;
        yield return lines[i].Expression;
        if (lines[i].Left is not (LineLeft.Start or LineLeft.Alone)) yield break;
        for (int j = i + 1; j < lines.Count && lines[j].Left == LineLeft.Continued; j++)
            yield return lines[j].Expression;
    }
}
