using MatrixCalculus.Calculus;
using MatrixCalculus.Rewriting;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>A derivation's steps for display, with long repeated subterms named once (where T_1 = σ(Xw + b)).</summary>
public sealed record NamedSteps(IReadOnlyList<(Var Name, Expr Value)> Definitions, IReadOnlyList<DerivationStep> Steps);

/// <summary>
/// Names the subterms that make a derivation's lines long, when some line is longer than
/// <see cref="LongLine"/> characters. Each round names the subterm that shortens the derivation
/// most in total (its lines and the <c>where</c> lines), among those that occur at least twice on
/// some line; a subterm holding a d(·) is never named, so the differentials stay in sight. The
/// definitions use each other's names and come in an order where every name is defined before it
/// is used. Display only: the steps themselves (and JSON) keep the whole expressions.
/// </summary>
public static class StepNames
{
    /// <summary>Lines up to this length read well as they are: nothing is named.</summary>
    public const int LongLine = 80;
    /// <summary>Subterms smaller than this (in nodes) are never worth a name.</summary>
    private const int MinimumSize = 4;
    private const int MaxNames = 4;

    public static NamedSteps Name(IReadOnlyList<DerivationStep> steps)
    {
        var definitions = new List<(Var Name, Expr Value)>();
        if (steps.All(s => TextPrinter.Print(s.Expression).Length <= LongLine)) return new NamedSteps(definitions, steps);
        var taken = steps.SelectMany(s => s.Expression.Variables()).Select(v => v.Name).ToHashSet();
        var current = steps;
        var length = Length(definitions, current);
        while (definitions.Count < MaxNames)
        {
            var name = new Var(FreshName(taken), Semantics.Shape.Scalar);
            var best = Candidates(current)
                .Select(term => (Term: term, Steps: Substituted(current, term, name with { Declared = term.Shape })))
                .Select(c => (c.Term, c.Steps, Length: Length([.. definitions, (name, c.Term)], c.Steps)))
                .Where(c => c.Length < length)
                .OrderBy(c => c.Length)
                .FirstOrDefault();
            if (best.Term is null) break;
            var symbol = name with { Declared = best.Term.Shape };
            taken.Add(symbol.Name);
            definitions.Add((symbol, best.Term));
            current = best.Steps;
            length = best.Length;
        }
        return Numbered(InDefinitionOrder(definitions), current);
    }

    /// <summary>The names renumbered T_1, T_2, … in the order they are defined (they were named in order of benefit).</summary>
    private static NamedSteps Numbered(IReadOnlyList<(Var Name, Expr Value)> definitions, IReadOnlyList<DerivationStep> steps)
    {
        var numbers = definitions.Select(d => d.Name.Name).Order(StringComparer.Ordinal).ToList();
        var renamed = definitions.Select((d, i) => (Old: d.Name, New: d.Name with { Name = numbers[i] })).ToDictionary(p => p.Old, p => p.New);
        Expr Rename(Expr e) => e.Postwalk(node => node is Var v && renamed.TryGetValue(v, out var r) ? r : node);
        return new NamedSteps(
            definitions.Select(d => (renamed[d.Name], Rename(d.Value))).ToList(),
            steps.Select(s => s with { Expression = Rename(s.Expression) }).ToList());
    }

    private static List<DerivationStep> Substituted(IReadOnlyList<DerivationStep> steps, Expr term, Var name) =>
        steps.Select(s => s with { Expression = s.Expression.Substitute(term, name) }).ToList();

    private static string FreshName(HashSet<string> taken) =>
        Enumerable.Range(1, taken.Count + 1).Select(i => $"T_{i}").First(n => !taken.Contains(n));

    private static int Length(IEnumerable<(Var Name, Expr Value)> definitions, IEnumerable<DerivationStep> steps) =>
        definitions.Sum(d => d.Name.Name.Length + 3 + TextPrinter.Print(d.Value).Length)
        + steps.Sum(s => TextPrinter.Print(s.Expression).Length);

    /// <summary>Subterms without a d(·) that occur at least twice on one line, in order of first appearance.</summary>
    private static List<Expr> Candidates(IReadOnlyList<DerivationStep> steps)
    {
        var repeated = new HashSet<Expr>();
        var order = new List<Expr>();
        foreach (var step in steps)
        {
            var counts = new Dictionary<Expr, int>();
            Count(step.Expression, counts, order);
            repeated.UnionWith(counts.Where(c => c.Value >= 2).Select(c => c.Key));
        }
        return order.Where(repeated.Contains).ToList();
    }

    private static void Count(Expr t, Dictionary<Expr, int> counts, List<Expr> order)
    {
        if (t is not Var && !t.Any(node => node is Differential) && CanonicalKey.Size(t) >= MinimumSize)
        {
            var seen = counts.GetValueOrDefault(t);
            counts[t] = seen + 1;
            if (seen == 0 && !order.Contains(t)) order.Add(t);
        }
        foreach (var c in t.Children()) Count(c, counts, order);
    }

    /// <summary>Each definition written with the other names (largest first), then ordered so a name is defined before it is used.</summary>
    private static IReadOnlyList<(Var Name, Expr Value)> InDefinitionOrder(List<(Var Name, Expr Value)> definitions)
    {
        var bySize = definitions.OrderByDescending(d => CanonicalKey.Size(d.Value)).ToList();
        var written = definitions.Select(d => (d.Name, Value: bySize.Where(o => o.Name != d.Name && !o.Value.Equals(d.Value))
            .Aggregate(d.Value, (value, other) => value.Substitute(other.Value, other.Name)))).ToList();
        var ordered = new List<(Var Name, Expr Value)>();
        while (written.Count > 0)
        {
            // the first definition that uses no name still to define (names never use each other in a cycle: each is a smaller term)
            var next = written.First(d => !written.Any(o => o.Name != d.Name && d.Value.Contains(o.Name)));
            ordered.Add(next);
            written.Remove(next);
        }
        return ordered;
    }
}
