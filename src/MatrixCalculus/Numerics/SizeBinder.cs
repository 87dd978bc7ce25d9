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
        if (rowProblem is null && colProblem is null && !selfInconsistent)
        {
            Record(declared.Rows, rows, symbol.Name);
            Record(declared.Cols, cols, symbol.Name);
            return null;
        }
        var given = Given(declared, rows, cols);
        // Name the earlier symbol only when the size came from one (not from the declaration or itself).
        var problem = rowProblem ?? colProblem;
        return problem is { From: { } from } && from != symbol.Name
            ? $"{symbol.Name} is {declared} with {problem.Value.Dim} = {problem.Value.Size} (from {from}), but the point gives {given}."
            : $"{symbol.Name} is {declared}, but the point gives {given}.";
    }

    // A disagreement with a known size (From null) or with a size bound by an earlier symbol.
    private (Dim Dim, int Size, string? From)? Check(Dim declared, int actual) => declared switch
    {
        Dim.Known known when known.Value != actual => (declared, known.Value, null),
        Dim.Named named when sizes.TryGetValue(named.Name, out var bound) && bound.Size != actual
            => (declared, bound.Size, bound.From),
        _ => null,
    };

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
