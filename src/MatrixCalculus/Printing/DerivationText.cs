using MatrixCalculus.Calculus;

namespace MatrixCalculus.Printing;

/// <summary>
/// A derivation as the course notes write it, one step per line, the rules in brackets at the right:
/// <code>
/// d(x'Ax) = d(x')Ax + x'A dx   [d-matmul, d-const]
///         = dx'Ax + x'A dx     [d-transpose]
///         = &lt;(A + A')x, dx&gt;    [transpose-scalar, identify]
/// ∇_x f = (A + A')x
/// </code>
/// </summary>
public static class DerivationText
{
    /// <summary>The lines, without a trailing newline; the rule tags line up in one column.</summary>
    public static IReadOnlyList<string> Lines(Derivation d)
    {
        var body = new List<(string Text, string Rule)>();
        var indent = 0;
        foreach (var line in DerivationLines.Of(d.Steps))
        {
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

    public static string Print(Derivation d) => string.Join('\n', Lines(d));
}
