using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>Re-parseable text with minimal parentheses.</summary>
public static class TextPrinter
{
    // Placeholder structural form until the precedence printer lands (see issue 2, item 5).
    public static string Print(Expr e) => e switch
    {
        Var v => v.Name,
        Const c => c.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        // DeclaredOnly: the inherited Expr.T (the transpose, built on demand) would recurse forever.
        _ => e.GetType().Name + "(" + string.Join(", ", e.GetType().GetProperties(
                    System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                .Where(p => p.Name != "Shape" && p.Name != "EqualityContract")
                .Select(p => p.GetValue(e)?.ToString())) + ")",
    };
}
