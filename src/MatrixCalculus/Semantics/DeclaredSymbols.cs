using MatrixCalculus.Terms;

namespace MatrixCalculus.Semantics;

/// <summary>
/// Declared symbols that an expression does not use, as symbols of their declared shape: a point
/// that gives one fixes its sizes (<c>I_n</c> under <c>X: n x n</c>). A declaration with an
/// unnamed size (<c>x: vector</c>) fixes nothing and is left out.
/// </summary>
public static class DeclaredSymbols
{
    public static IReadOnlyList<Var> NotIn(string? declarations, IReadOnlyList<Var> used)
    {
        var names = used.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        return Declarations.Parse(declarations).All
            .Where(d => !names.Contains(d.Name) && d.Rows is not null && (d.Square || d.Cols is not null))
            .Select(d => new Var(d.Name, new Shape(d.Rows!, d.Square ? d.Rows! : d.Cols!), d.Attributes))
            .ToList();
    }
}
