using MatrixCalculus.Calculus;
using MatrixCalculus.Semantics;

namespace MatrixCalculus.Tests.Steps;

internal static class Derive
{
    /// <summary>The derivation of <paramref name="expression"/> wrt the symbol named <paramref name="wrt"/>.</summary>
    public static Derivation Run(string expression, string wrt, string? declarations = null, int order = 1, Layout layout = Layout.Numerator)
    {
        var bound = Frontend.Compile(expression, declarations);
        return Differentiation.Run(bound.Expression, bound.Symbols.Single(v => v.Name == wrt), order, layout);
    }
}
