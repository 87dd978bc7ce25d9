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
/// some line, while that makes it shorter; a subterm holding a d(·) is never named, so the differentials stay in sight. The
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
            var name = FreshName(taken);
            // The candidate that saves the most by an estimate (its text once per occurrence, less the
            // where line), then measured exactly: printing every line per candidate would be slow.
            var best = Candidates(current)
                .Select(c => (c.Term, Saving: c.Occurrences * (c.Text.Length - name.Length) - (name.Length + 3 + c.Text.Length)))
                .Where(c => c.Saving > 0)
                .OrderByDescending(c => c.Saving)
                .FirstOrDefault();
            if (best.Term is null) break;
            var symbol = new Var(name, best.Term.Shape);
            var named = current.Select(s => s with { Expression = s.Expression.Substitute(best.Term, symbol) }).ToList();
            var namedLength = Length([.. definitions, (symbol, best.Term)], named);
            if (namedLength >= length) break;
            taken.Add(name);
            definitions.Add((symbol, best.Term));
            current = named;
            length = namedLength;
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

    private static string FreshName(HashSet<string> taken) =>
        Enumerable.Range(1, taken.Count + 1).Select(i => $"T_{i}").First(n => !taken.Contains(n));

    private static int Length(IEnumerable<(Var Name, Expr Value)> definitions, IEnumerable<DerivationStep> steps) =>
        definitions.Sum(d => d.Name.Name.Length + 3 + TextPrinter.Print(d.Value).Length)
        + steps.Sum(s => TextPrinter.Print(s.Expression).Length);

    /// <summary>
    /// Subterms without a d(·) that occur at least twice on one line, with their occurrences on all
    /// lines, in order of first appearance.
    /// </summary>
    private static List<(Expr Term, string Text, int Occurrences)> Candidates(IReadOnlyList<DerivationStep> steps)
    {
        var occurrences = new Dictionary<Expr, int>();
        var order = new List<Expr>();
        var known = new HashSet<Expr>();
        var repeated = new HashSet<Expr>();
        foreach (var step in steps)
        {
            var counts = new Dictionary<Expr, int>();
            Count(step.Expression, counts, order, known);
            foreach (var (term, count) in counts)
            {
                occurrences[term] = occurrences.GetValueOrDefault(term) + count;
                if (count >= 2) repeated.Add(term);
            }
        }
        return order.Where(repeated.Contains).Select(t => (t, TextPrinter.Print(t), occurrences[t])).ToList();
    }

    /// <summary>Counts the subterms of <paramref name="t"/> worth a name; returns whether t holds a d(·) and its size in nodes.</summary>
    private static (bool HasDifferential, int Size) Count(Expr t, Dictionary<Expr, int> counts, List<Expr> order, HashSet<Expr> known)
    {
        var hasDifferential = t is Differential;
        var size = 1;
        foreach (var child in t.Children())
        {
            var (d, n) = Count(child, counts, order, known);
            hasDifferential |= d;
            size += n;
        }
        if (!hasDifferential && t is not Var && size >= MinimumSize)
        {
            if (known.Add(t)) order.Add(t);
            counts[t] = counts.GetValueOrDefault(t) + 1;
        }
        return (hasDifferential, size);
    }

    /// <summary>
    /// Each definition written with the other names, then ordered so that a name is defined before
    /// it is used. The names are put in in the order they were chosen, since a later name's term is
    /// written with the earlier names; a named term is found by its text, since the same sum may be
    /// built in two orders (1 - σ from the rule of σ', 1 - σ from the input).
    /// </summary>
    private static IReadOnlyList<(Var Name, Expr Value)> InDefinitionOrder(List<(Var Name, Expr Value)> definitions)
    {
        var texts = definitions.Select(d => (d.Name, Text: TextPrinter.Print(d.Value))).ToList();
        var written = definitions.Select(d =>
        {
            var value = texts.Where(o => o.Name != d.Name).Aggregate(d.Value, (v, other) => ReplaceText(v, other.Text, other.Name));
            return (d.Name, Value: value);
        }).ToList();
        var ordered = new List<(Var Name, Expr Value)>();
        while (written.Count > 0)
        {
            // a term holds only smaller named terms, so some definition uses no name still to define
            var next = written.FirstOrDefault(d => !written.Any(o => o.Name != d.Name && d.Value.Contains(o.Name)), written[0]);
            ordered.Add(next);
            written.Remove(next);
        }
        return ordered;
    }

    private static Expr ReplaceText(Expr e, string text, Var name)
    {
        if (TextPrinter.Print(e) == text) return name;
        var children = e.Children();
        return children.Count == 0 ? e : e.WithChildren(children.Select(c => ReplaceText(c, text, name)).ToArray());
    }
}
