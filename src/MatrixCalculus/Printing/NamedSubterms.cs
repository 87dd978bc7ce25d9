using MatrixCalculus.Rewriting;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>A result shown with its long repeated parts named once: T_1 = σ(Xw + b), then X'(T_1 - y).</summary>
public sealed record NamedResult(IReadOnlyList<(Var Name, Expr Value)> Definitions, Expr Body)
{
    /// <summary>The lines as displayed: one <c>T_i = …</c> per definition, then the body.</summary>
    public IEnumerable<string> Lines(Func<Expr, string> print) =>
        Definitions.Select(d => $"{d.Name.Name} = {print(d.Value)}").Append(print(Body));
}

/// <summary>
/// Names repeated subterms for display, largest first, while that makes the display shorter.
/// Display only: the re-parseable result (JSON "result") stays one expression.
/// </summary>
public static class NamedSubterms
{
    /// <summary>Subterms smaller than this (in nodes) are never worth a name.</summary>
    private const int MinimumSize = 4;
    private const int MaxNames = 4;

    public static NamedResult Name(Expr e)
    {
        var definitions = new List<(Var, Expr)>();
        var body = e;
        var taken = e.Variables().Select(v => v.Name).ToHashSet();
        for (int i = 1; i <= MaxNames; i++)
        {
            var repeated = LargestRepeated(body);
            if (repeated is null) break;
            var name = FreshName(taken, ref i);
            var symbol = new Var(name, repeated.Shape);
            var candidateBody = body.Substitute(repeated, symbol);
            var before = Length(definitions, body);
            var after = Length([.. definitions, (symbol, repeated)], candidateBody);
            if (after >= before) break;
            definitions.Add((symbol, repeated));
            body = candidateBody;
        }
        return new NamedResult(definitions, body);
    }

    private static string FreshName(HashSet<string> taken, ref int i)
    {
        while (taken.Contains($"T_{i}")) i++;
        var name = $"T_{i}";
        taken.Add(name);
        return name;
    }

    private static int Length(IReadOnlyList<(Var Name, Expr Value)> definitions, Expr body) =>
        new NamedResult(definitions, body).Lines(TextPrinter.Print).Sum(line => line.Length);

    /// <summary>The largest subterm (by nodes, then first in print order) that occurs at least twice.</summary>
    private static Expr? LargestRepeated(Expr e)
    {
        var counts = new Dictionary<Expr, int>();
        var order = new List<Expr>();
        Count(e);
        return order.Where(t => counts[t] >= 2 && CanonicalKey.Size(t) >= MinimumSize && t is not Var)
            .OrderByDescending(CanonicalKey.Size)
            .FirstOrDefault();

        void Count(Expr t)
        {
            if (counts.TryGetValue(t, out var n)) { counts[t] = n + 1; return; }
            counts[t] = 1;
            order.Add(t);
            foreach (var c in t.Children()) Count(c);
        }
    }
}
