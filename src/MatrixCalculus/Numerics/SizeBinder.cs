using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// Binds symbolic dimension names to sizes from the shapes of values, one symbol at a time, and
/// remembers which symbol fixed each size so a disagreement can say where the size came from.
/// </summary>
internal sealed class SizeBinder
{
    private readonly Dictionary<string, (int Size, string From)> sizes = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Sizes =>
        sizes.ToDictionary(pair => pair.Key, pair => pair.Value.Size, StringComparer.Ordinal);

    /// <summary>
    /// Binds the dims of <paramref name="symbol"/>'s declared shape to rows × cols, or returns why
    /// they disagree (lower-case, ends with a period) and binds nothing.
    /// </summary>
    public string? Bind(Var symbol, int rows, int cols)
    {
        var declared = symbol.Declared;
        var rowProblem = Check(declared.Rows, rows);
        var colProblem = Check(declared.Cols, cols);
        // A square n×n given r×c with r ≠ c: both checks pass separately against an unbound n.
        bool selfInconsistent = declared.Rows == declared.Cols && rows != cols;
        var productProblem = rowProblem ?? colProblem ?? (selfInconsistent ? null : ProductProblem(declared, rows, cols));
        if (rowProblem is null && colProblem is null && productProblem is null && !selfInconsistent)
        {
            Record(declared.Rows, rows, symbol.Name);
            Record(declared.Cols, cols, symbol.Name);
            return null;
        }
        var given = Given(declared, rows, cols);
        // Name the earlier symbol only when the size came from one (not from the declaration or itself).
        var problem = rowProblem ?? colProblem ?? productProblem;
        return problem is { From: { } from } && from != symbol.Name
            ? $"{symbol.Name} is {declared} with {problem.Value.Dim} = {problem.Value.Size} (from {from}), but the point gives {given}."
            : $"{symbol.Name} is {declared}, but the point gives {given}.";
    }

    // A disagreement with a known size (From null), with a size bound by an earlier symbol, or,
    // for a product name a·b (DimOps.Times: vec(X) is m·k×1), with the product of its bound factors.
    private (Dim Dim, int Size, string? From)? Check(Dim declared, int actual) => declared switch
    {
        Dim.Known known when known.Value != actual => (declared, known.Value, null),
        Dim.Named named when sizes.TryGetValue(named.Name, out var bound) && bound.Size != actual
            => (declared, bound.Size, bound.From),
        Dim.Named named when Product(named.Name, NoNewSizes) is { } product && product.Size != actual
            => (declared, product.Size, product.From),
        _ => null,
    };

    private static readonly IReadOnlyDictionary<string, int> NoNewSizes = new Dictionary<string, int>();

    // A product name bound earlier (A: m·k × n) must agree with the factors this symbol binds (X: m × k).
    private (Dim Dim, int Size, string? From)? ProductProblem(Shape declared, int rows, int cols)
    {
        var binding = new Dictionary<string, int>(StringComparer.Ordinal);
        if (declared.Rows is Dim.Named r && !r.Name.Contains('·')) binding[r.Name] = rows;
        if (declared.Cols is Dim.Named c && !c.Name.Contains('·')) binding[c.Name] = cols;
        if (binding.Count == 0) return null;
        foreach (var (name, bound) in sizes.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            if (name.Contains('·') && Product(name, binding) is { } product && product.Size != bound.Size)
                return (Dim.Of(name), bound.Size, bound.From);
        return null;
    }

    // The size of a product name from its factors (numbers, names bound so far or in `binding`), if all are known.
    private (int Size, string? From)? Product(string name, IReadOnlyDictionary<string, int> binding)
    {
        if (!name.Contains('·')) return null;
        long size = 1;
        string? from = null;
        foreach (var factor in name.Split('·'))
        {
            if (int.TryParse(factor, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var known))
                size *= known;
            else if (binding.TryGetValue(factor, out var now))
                size *= now;
            else if (sizes.TryGetValue(factor, out var bound))
            {
                size *= bound.Size;
                from ??= bound.From;
            }
            else return null;
            if (size > int.MaxValue) return null;
        }
        return ((int)size, from);
    }

    private void Record(Dim dim, int size, string from)
    {
        if (dim is Dim.Named named) sizes.TryAdd(named.Name, (size, from));
    }

    private static string Given(Shape declared, int rows, int cols)
    {
        if (declared.IsScalar) return rows * cols == 1 ? "a scalar" : $"a {rows}×{cols} matrix";
        if (declared.Cols.IsOne && cols == 1) return Count(rows, "entry", "entries");
        if (declared.Rows.IsOne && rows == 1) return Count(cols, "entry", "entries");
        return $"a {rows}×{cols} matrix";
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
