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
        _ => e.GetType().Name + "(" + string.Join(", ", e.GetType().GetProperties()
                .Where(p => p.Name is not ("Shape" or "EqualityContract" or "T"))
                .Select(p => p.GetValue(e)?.ToString())) + ")",
    };
}
