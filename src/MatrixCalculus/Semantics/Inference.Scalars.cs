using System.Collections.Immutable;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

// Scalar inference: an undeclared symbol is a scalar where its default kind makes an operation
// ill-shaped and a scalar makes it fine (N in 1/N, w2 in w2 log w1), unless another use needs
// its default kind (x in x'Ax + 1/x), which is an error naming both shapes.
internal sealed partial class Inference
{
    // Each request keeps the shape error it stands in for, when there is one (a product or sum
    // that an operand being a scalar would fix): if the symbol cannot be a scalar after all,
    // that error is the one to report.
    private readonly List<(string Name, SourceSpan At, Func<MatrixCalculusException>? Error)> requests = [];
    private readonly HashSet<string> requested = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> vectorUses = new(StringComparer.Ordinal);

    /// <summary>Undeclared symbols this inference found must be scalars, in order of discovery.</summary>
    public IReadOnlyList<string> Requests => requests.Select(r => r.Name).ToList();

    private enum Side { Left, Right }

    private void Request(ImmutableSortedSet<string> names, SourceSpan at, Func<MatrixCalculusException>? error = null)
    {
        foreach (var name in names)
            if (requested.Add(name)) requests.Add((name, at, error));
    }

    // A use that needs the symbol to keep its default kind: an operand of a genuine matrix
    // product, of a same-shape sum, elementwise operation or inner product, or of softmax.
    private void RecordVectorUse(Inferred operand, SourceSpan span)
    {
        if (operand.Candidates is { Count: 1 } single) vectorUses.TryAdd(single.Min!, span);
    }

    private void RecordVectorUses(Operands operands)
    {
        RecordVectorUse(operands.Left, operands.LeftSpan);
        RecordVectorUse(operands.Right, operands.RightSpan);
    }

    /// <summary>Throws if a symbol asked to be a scalar is also used where it must not be one.</summary>
    public void ThrowOnConflict()
    {
        foreach (var (name, at, error) in requests)
            if (vectorUses.TryGetValue(name, out var use))
            {
                if (error is not null) throw error();
                var where = use.Line > 1 ? $"line {use.Line}, column {use.Column}" : $"column {use.Column}";
                throw Error(DiagnosticCode.ShapeMismatch,
                    $"cannot use {name} as a scalar (1×1) here: it is used as {Show(symbolsByName[name].Shape)} at {where}.", at);
            }
    }

    // Which operand to make a scalar when both could be: a set of lowercase names (vectors by
    // default) before one holding a matrix, then the smaller set, then the left one, since a
    // coefficient is written first (w2 log w1 is w2 · log w1).
    // A side whose symbols are already used with their default kind is not a choice.
    private Side? ChooseDemotion(ImmutableSortedSet<string>? left, ImmutableSortedSet<string>? right)
    {
        bool canLeft = left is { Count: > 0 } && !left.Any(vectorUses.ContainsKey);
        bool canRight = right is { Count: > 0 } && !right.Any(vectorUses.ContainsKey);
        if (!canLeft || !canRight) return canLeft ? Side.Left : canRight ? Side.Right : null;
        return Rank(right!).CompareTo(Rank(left!)) < 0 ? Side.Right : Side.Left;

        static (int, int) Rank(ImmutableSortedSet<string> names) =>
            (names.Any(SymbolNames.IsUpperLatin) ? 1 : 0, names.Count);
    }

    /// <summary>Makes one operand a scalar if that can fix the operation, or throws the shape error.</summary>
    private Inferred DemoteOrFail(Operands operands, DiagnosticCode code, string format)
    {
        // Made lazily: naming the dimensions walks them all, and most requests are granted.
        MatrixCalculusException Failure() => Error(code, string.Format(format, Describe(operands.LeftSpan, operands.Left),
            Describe(operands.RightSpan, operands.Right)), operands.At);
        switch (ChooseDemotion(operands.Left.Candidates, operands.Right.Candidates))
        {
            case Side.Left: Request(operands.Left.Candidates!, operands.At, Failure); return operands.Right;
            case Side.Right: Request(operands.Right.Candidates!, operands.At, Failure); return operands.Left;
            default: throw Failure();
        }
    }

    /// <summary>An operand only a scalar may be (a divisor, an exponent, the c of vector(c)).</summary>
    private void RequireScalar(Inferred operand, SourceSpan at, DiagnosticCode code, Func<string> message)
    {
        if (IsScalar(operand)) return;
        if (operand.Candidates is { Count: > 0 } names) Request(names, at);
        else throw Error(code, message(), at);
    }

    // Making many symbols scalars at once to fix one operation is never the reading meant, and
    // an unbounded set would make long products quadratic: past a few names, no choice.
    private const int MaxCandidates = 8;

    private static ImmutableSortedSet<string>? Union(ImmutableSortedSet<string>? a, ImmutableSortedSet<string>? b)
    {
        if (a is null || b is null || a.Count + b.Count > 2 * MaxCandidates) return null;
        var union = a.Union(b);
        return union.Count > MaxCandidates ? null : union;
    }
}
