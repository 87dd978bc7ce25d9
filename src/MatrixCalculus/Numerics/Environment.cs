using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// A point: symbol names bound to values (every value is a <see cref="Matrix{T}"/>: a vector is
/// n×1, a scalar 1×1) and symbolic dimension names bound to sizes. Immutable; <see cref="With"/>
/// returns a moved copy, as finite differences need.
/// </summary>
public sealed class Environment
{
    private readonly IReadOnlyDictionary<string, Matrix<double>> values;
    private readonly IReadOnlyDictionary<string, int> sizes;

    internal Environment(IReadOnlyDictionary<string, Matrix<double>> values, IReadOnlyDictionary<string, int> sizes)
    {
        this.values = values;
        this.sizes = sizes;
    }

    /// <summary>
    /// Binds each of <paramref name="symbols"/> that has a value and infers the sizes of the
    /// dimension names from the values' shapes. A value whose shape disagrees with its symbol's
    /// declared shape, or with a size fixed by an earlier symbol, is a <see cref="DiagnosticCode.Point"/>
    /// error (without a span: these values came from code, not from a file). Values of names that
    /// are not among the symbols are kept too (a direction V, say) but fix no sizes.
    /// </summary>
    public static Environment FromValues(IReadOnlyList<Var> symbols, IReadOnlyDictionary<string, Matrix<double>> values)
    {
        var binder = new SizeBinder();
        foreach (var symbol in symbols)
        {
            if (!values.TryGetValue(symbol.Name, out var value)) continue;
            if (binder.Bind(symbol, value.RowCount, value.ColumnCount) is { } problem)
                throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.Point, problem, SourceSpan.None, "", "point"));
        }
        var copy = values.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return new Environment(copy, binder.Sizes);
    }

    /// <summary>Symbol names with values, sorted (ordinal) so that printing them is deterministic.</summary>
    public IReadOnlyList<string> Names => values.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Dimension names with sizes, sorted (ordinal).</summary>
    public IReadOnlyList<string> DimensionNames => sizes.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The value of the symbol named <paramref name="name"/>, if the point gives one.</summary>
    public bool TryGetValue(string name, out Matrix<double> value) => values.TryGetValue(name, out value!);

    /// <summary>The value of the symbol named <paramref name="name"/> (a vector is n×1, a scalar 1×1).</summary>
    public Matrix<double> this[string name] => values.TryGetValue(name, out var value)
        ? value
        : throw new KeyNotFoundException($"no value for {name}.");

    /// <summary>
    /// The size of a dimension: a known size, a bound name, or a product name built by
    /// <see cref="DimOps.Times"/> (<c>n·m</c> has size n times m); null when a name is unbound.
    /// </summary>
    public int? SizeOf(Dim dim) => dim switch
    {
        Dim.Known known => known.Value,
        Dim.Named named when sizes.TryGetValue(named.Name, out var size) => size,
        // DimOps.Times names a product of two unresolved dims "a·b": its size is the product.
        Dim.Named named when named.Name.Contains('·') => ProductSize(named.Name),
        _ => null,
    };

    /// <summary>This point with <paramref name="name"/> bound to <paramref name="value"/> (same sizes).</summary>
    public Environment With(string name, Matrix<double> value)
    {
        var copy = values.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        copy[name] = value;
        return new Environment(copy, sizes);
    }

    private int? ProductSize(string name)
    {
        int product = 1;
        foreach (var factor in name.Split('·'))
        {
            var size = int.TryParse(factor, System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var known)
                ? known
                : sizes.TryGetValue(factor, out var bound) ? bound : (int?)null;
            if (size is null) return null;
            product *= size.Value;
        }
        return product;
    }
}
