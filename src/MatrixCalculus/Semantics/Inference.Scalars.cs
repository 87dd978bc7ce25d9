using System.Collections.Immutable;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

// Scalar inference: an undeclared symbol is a scalar where its default kind makes an operation
// ill-shaped and a scalar makes it fine (N in 1/N, w2 in w2 log w1), unless another use needs
// its default kind (x in x'Ax + 1/x), which is an error naming both shapes.
internal sealed partial class Inference
{
    private readonly List<(string Name, SourceSpan At)> requests = [];
    private readonly Dictionary<string, SourceSpan> vectorUses = new(StringComparer.Ordinal);

    /// <summary>Undeclared symbols this inference found must be scalars, in order of discovery.</summary>
    public IReadOnlyList<string> Requests => requests.Select(r => r.Name).ToList();

    private enum Side { Left, Right }

    private void Request(ImmutableSortedSet<string> names, SourceSpan at)
    {
        foreach (var name in names)
            if (!requests.Exists(r => r.Name == name)) requests.Add((name, at));
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
        foreach (var (name, at) in requests)
            if (vectorUses.TryGetValue(name, out var use))
            {
                var where = use.Line > 1 ? $"line {use.Line}, column {use.Column}" : $"column {use.Column}";
                throw Error(DiagnosticCode.ShapeMismatch,
                    $"cannot use {name} as a scalar (1×1) here: it is used as {Show(symbolsByName[name].Shape)} at {where}.", at);
            }
    }

    // Which operand to make a scalar when both could be: a set of lowercase names (vectors by
    // default) before one holding a matrix, then the smaller set, then the left one, since a
    // coefficient is written first (w2 log w1 is w2 · log w1).
    private static Side? ChooseDemotion(ImmutableSortedSet<string>? left, ImmutableSortedSet<string>? right)
    {
        bool canLeft = left is { Count: > 0 }, canRight = right is { Count: > 0 };
        if (!canLeft || !canRight) return canLeft ? Side.Left : canRight ? Side.Right : null;
        return Rank(right!).CompareTo(Rank(left!)) < 0 ? Side.Right : Side.Left;

        static (int, int) Rank(ImmutableSortedSet<string> names) =>
            (names.Any(SymbolNames.IsUpperLatin) ? 1 : 0, names.Count);
    }

    /// <summary>Makes one operand a scalar if that can fix the operation, or throws the shape error.</summary>
    private Inferred DemoteOrFail(Operands operands, DiagnosticCode code, string format)
    {
        switch (ChooseDemotion(operands.Left.Candidates, operands.Right.Candidates))
        {
            case Side.Left: Request(operands.Left.Candidates!, operands.At); return operands.Right;
            case Side.Right: Request(operands.Right.Candidates!, operands.At); return operands.Left;
            default:
                throw Error(code, string.Format(format, Describe(operands.LeftSpan, operands.Left),
                    Describe(operands.RightSpan, operands.Right)), operands.At);
        }
    }

    /// <summary>An operand only a scalar may be (a divisor, an exponent, the c of vector(c)).</summary>
    private void RequireScalar(Inferred operand, SourceSpan at, DiagnosticCode code, Func<string> message)
    {
        if (IsScalar(operand)) return;
        if (operand.Candidates is { Count: > 0 } names) Request(names, at);
        else throw Error(code, message(), at);
    }

    private static ImmutableSortedSet<string>? Union(ImmutableSortedSet<string>? a, ImmutableSortedSet<string>? b) =>
        a is null || b is null ? null : a.Union(b);
}
