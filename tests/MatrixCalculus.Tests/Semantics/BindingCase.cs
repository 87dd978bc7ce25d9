using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.SemanticsTests;

/// <summary>
/// A case-table input <c>expression | declarations</c> (the declarations are optional; the
/// last " | " separates them, so norms written <c>||x||</c> stay intact).
/// </summary>
internal static class BindingCase
{
    public static (string Expression, string? Declarations) Split(string input)
    {
        int bar = input.LastIndexOf(" | ", StringComparison.Ordinal);
        return bar < 0 ? (input, null) : (input[..bar].Trim(), input[(bar + 3)..].Trim());
    }

    public static BoundExpression Compile(string input)
    {
        var (expression, declarations) = Split(input);
        return Frontend.Compile(expression, declarations);
    }

    /// <summary><c>1×1; x: n×1; A: n×n symmetric</c>: the result's shape, then every symbol's.</summary>
    public static string Shapes(BoundExpression bound) =>
        string.Join("; ", bound.Symbols.Select(Describe).Prepend(bound.Expression.Shape.ToString()));

    private static string Describe(Var symbol)
    {
        var attributes = symbol.Attributes switch
        {
            VarAttributes.None => "",
            VarAttributes.Symmetric => " symmetric",
            VarAttributes.Spd => " spd",
            VarAttributes.Diagonal => " diagonal",
            var other => $" {other}",
        };
        return $"{symbol.Name}: {symbol.Shape}{attributes}";
    }
}
