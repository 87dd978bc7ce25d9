using System.Text.RegularExpressions;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>
/// A long expression in LaTeX broken into lines for an <c>aligned</c> block, so that nothing runs
/// off a page. The printer writes no <c>\left … \right</c> pairs, so a line may end inside
/// parentheses or ⟨·,·⟩; it may not end inside a brace group (<c>\frac{…}{…}</c>, a subscript).
/// The break points are the binary <c>+</c> and <c>-</c> and the comma of an inner product, outside
/// braces; each line takes pieces while its visible width (the text without commands and braces)
/// stays within the width, and a continuation line starts with its operator (<c>+ …</c>, <c>- …</c>).
/// </summary>
public static partial class LatexLines
{
    public static IReadOnlyList<string> Break(Expr e, int width) => Break(LatexPrinter.Print(e), width);

    public static IReadOnlyList<string> Break(string latex, int width)
    {
        if (Visible(latex) <= width) return [latex];
        var lines = new List<string>();
        int start = 0, lastBreak = -1, depth = 0;
        for (int i = 0; i < latex.Length; i++)
        {
            char c = latex[i];
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (depth == 0 && IsBreakPoint(latex, i))
            {
                if (lastBreak > start && Visible(latex[start..i]) > width)
                {
                    lines.Add(latex[start..lastBreak].TrimEnd());
                    start = lastBreak;
                }
                lastBreak = c == ',' ? i + 1 : i;
            }
        }
        if (lastBreak > start && Visible(latex[start..]) > width)
        {
            lines.Add(latex[start..lastBreak].TrimEnd());
            start = lastBreak;
        }
        lines.Add(latex[start..].Trim());
        return lines;
    }

    // " + ", " - " between operands (a unary minus has no blank before it in the printer's output) and ", " in ⟨a, b⟩.
    private static bool IsBreakPoint(string latex, int i) =>
        (latex[i] is '+' or '-' && i > 0 && latex[i - 1] == ' ' && i + 1 < latex.Length && latex[i + 1] == ' ')
        || (latex[i] == ',' && i + 1 < latex.Length && latex[i + 1] == ' ');

    /// <summary>About the width on the page: a command that prints a symbol counts one, other commands, braces and scripts none.</summary>
    public static int Visible(string latex) =>
        Commands().Replace(latex, m => Symbols().IsMatch(m.Value) ? "x" : Words().IsMatch(m.Value) ? m.Value[1..] : "").Count(c => c is not ('{' or '}' or '^' or '_' or '&'));

    [GeneratedRegex(@"\\[a-zA-Z]+|\\[,;!: ]")]
    private static partial Regex Commands();

    [GeneratedRegex(@"^\\(log|det|exp|sin|cos|tan|tanh|arcsin|arccos|arctan)$")]
    private static partial Regex Words();

    [GeneratedRegex(@"^\\(langle|rangle|odot|oslash|otimes|nabla|partial|top|cdot|lVert|rVert|[a-zA-Z]*(alpha|beta|gamma|delta|epsilon|eta|theta|kappa|lambda|mu|nu|xi|rho|sigma|tau|phi|chi|psi|omega|pi|Sigma|Gamma|Delta|Theta|Lambda|Pi|Phi|Psi|Omega))$")]
    private static partial Regex Symbols();
}
