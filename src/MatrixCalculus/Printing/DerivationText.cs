using MatrixCalculus.Calculus;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>
/// A derivation as the course notes write it, one step per line, the rules in brackets at the right:
/// <code>
/// d(x'Ax) = d(x')Ax + x'A dx   [d-matmul, d-const]
///         = dx'Ax + x'A dx     [d-transpose]
///         = &lt;(A + A')x, dx&gt;    [transpose-scalar, identify]
/// ∇_x f = (A + A')x
/// </code>
/// Long repeated subterms are named once (<see cref="StepNames"/>), each in a <c>where</c> line
/// just before the first line that uses it.
/// </summary>
public static class DerivationText
{
    /// <summary>The lines, without a trailing newline; the rule tags line up in one column.</summary>
    public static IReadOnlyList<string> Lines(Derivation d) => Lines(d, DisplayNames.For(d, withSteps: true), new HashSet<Var>());

    /// <summary>The lines with the names of the whole output; <paramref name="shown"/> holds the names defined above them.</summary>
    public static IReadOnlyList<string> Lines(Derivation d, DisplayNames named, ISet<Var> shown)
    {
        var body = new List<(string Text, string Rule)>();
        var indent = 0;
        var lines = DerivationLines.Of(named.Steps);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            body.AddRange(named.NewlyUsed(DerivationLines.Shown(lines, i), shown)
                .Select(def => ($"where {def.Name.Name} = {TextPrinter.Print(def.Value)}", "")));
            var expression = TextPrinter.Print(line.Expression);
            switch (line.Left)
            {
                case LineLeft.Start:
                    var start = TextPrinter.Print(line.Start!);
                    indent = start.Length;
                    body.Add(($"{start} = {expression}", line.Rule));
                    break;
                case LineLeft.Continued:
                    body.Add(($"{new string(' ', indent)} = {expression}", line.Rule));
                    break;
                case LineLeft.Result:
                    body.Add(($"{DerivativeLabels.Result(d)} = {expression}", line.Rule));
                    break;
                default:
                    body.Add((expression, line.Rule));
                    break;
            }
        }
        var width = body.Where(l => l.Rule.Length > 0).Select(l => l.Text.Length).DefaultIfEmpty(0).Max();
        return body.Select(l => l.Rule.Length == 0 ? l.Text : $"{l.Text.PadRight(width)}   [{l.Rule}]").ToList();
    }

    /// <summary>The derivation as the notes write it: one line per step, each with the rule it used.</summary>
    public static string Print(Derivation d) => string.Join('\n', Lines(d));
}
