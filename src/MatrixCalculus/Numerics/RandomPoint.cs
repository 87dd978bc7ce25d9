using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// A seeded random point at which an expression is defined. Each dimension name gets a distinct
/// size (a seeded order of 2, 3, 4, 5, then 6, 7, … if there are more names), so that a missing
/// transpose cannot hide behind a square shape; sizes are reordered where a product under an
/// inverse or a determinant needs an inner size at least its outer one (X'X needs rows ≥ columns).
/// Values honour the declared attributes (symmetric: (B + Bᵀ)/2; spd: B Bᵀ + n I; diagonal) and
/// the domain the expression needs (see <see cref="Need"/>); other entries are uniform in [-1, 1].
/// </summary>
public static class RandomPoint
{
    private static readonly int[] SmallSizes = [2, 3, 4, 5];

    public static Environment Generate(Expr e, IReadOnlyList<Var> symbols, int seed)
    {
        var random = new Random(seed);
        var analysis = DomainAnalysis.Of(e);
        var known = symbols.SelectMany(s => new[] { s.Declared.Rows, s.Declared.Cols }).OfType<Dim.Known>().Select(k => k.Value);
        var sizes = AssignSizes(DimensionNames(e, symbols), known, analysis.AtLeast, random);
        var values = new Dictionary<string, Matrix<double>>(StringComparer.Ordinal);
        foreach (var symbol in symbols)
        {
            if (values.ContainsKey(symbol.Name)) continue;
            var need = analysis.Needs.GetValueOrDefault(symbol.Name);
            values[symbol.Name] = Value(symbol, Size(symbol.Declared.Rows, sizes), Size(symbol.Declared.Cols, sizes), need, random);
        }
        return new Environment(values, sizes);
    }

    // Names in order of first appearance: the symbols' shapes, then any size the term uses alone (I_k).
    private static List<string> DimensionNames(Expr e, IReadOnlyList<Var> symbols)
    {
        var shapes = symbols.Select(s => s.Declared).Concat(e.Descendants().Select(node => node switch
        {
            Identity i => Shape.Square(i.N),
            _ => node.Shape,
        }));
        var names = new List<string>();
        foreach (var shape in shapes)
            foreach (var dim in new[] { shape.Rows, shape.Cols })
                // "a·b" is a product name from DimOps.Times: its size follows from a and b, which
                // are drawn (a symbol may be a·b × n while no symbol is a × b: vec(Ab)'vec(X)).
                if (dim is Dim.Named { Name: var name })
                    foreach (var factor in name.Split('·'))
                        if (!int.TryParse(factor, out _) && !names.Contains(factor)) names.Add(factor);
        return names;
    }

    private static Dictionary<string, int> AssignSizes(List<string> names, IEnumerable<int> known, List<(string Outer, string Inner)> atLeast, Random random)
    {
        // Sizes written in declarations (X: 3 x d) are taken already: d must not be 3 either.
        var taken = known.ToHashSet();
        var pool = SmallSizes.Where(size => !taken.Contains(size)).OrderBy(_ => random.Next())
            .Concat(Enumerable.Range(SmallSizes[^1] + 1, names.Count + taken.Count).Where(size => !taken.Contains(size)));
        var sizes = names.Zip(pool).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
        // Swap sizes until every inner size is at least its outer one; contradictory needs
        // (X'X and XX' both invertible) cannot all hold, so the rounds are bounded.
        for (int round = 0; round < 2 * atLeast.Count; round++)
        {
            var broken = atLeast.FirstOrDefault(c => sizes.ContainsKey(c.Outer) && sizes.ContainsKey(c.Inner) && sizes[c.Inner] < sizes[c.Outer]);
            if (broken == default) break;
            (sizes[broken.Outer], sizes[broken.Inner]) = (sizes[broken.Inner], sizes[broken.Outer]);
        }
        return sizes;
    }

    private static int Size(Dim dim, Dictionary<string, int> sizes) => dim switch
    {
        Dim.Known known => known.Value,
        Dim.Named named when sizes.TryGetValue(named.Name, out var size) => size,
        // a·b has size a times b (its factors were drawn, see DimensionNames)
        Dim.Named named when named.Name.Contains('·') => named.Name.Split('·').Aggregate(1, (product, factor) =>
            product * (int.TryParse(factor, out var known) ? known : Size(Dim.Of(factor), sizes))),
        _ => throw new InvalidOperationException($"no size was drawn for the dimension {dim}."),
    };

    private static Matrix<double> Value(Var symbol, int rows, int cols, Need need, Random random)
    {
        var attributes = symbol.Attributes;
        bool square = rows == cols && rows > 1;
        bool definite = attributes.HasFlag(VarAttributes.Spd) || need.HasFlag(Need.Spd);
        if (attributes.HasFlag(VarAttributes.Diagonal))
        {
            // A diagonal matrix is positive definite when its diagonal is positive.
            var diagonal = definite ? need | Need.Positive : need;
            return Matrix<double>.Build.DenseOfDiagonalArray(Enumerable.Range(0, rows).Select(_ => Entry(diagonal, random)).ToArray());
        }
        if (attributes.HasFlag(VarAttributes.Stochastic))
            return StochasticRows.Random(rows, cols, random);
        bool spd = square && definite;
        // A vector or scalar under an inverse or a determinant is kept away from zero by being positive;
        // a non-square matrix there has no such fix (its products are handled by the size order).
        var entries = need.HasFlag(Need.Spd) && (rows == 1 || cols == 1) ? need | Need.Positive : need;
        var b = Matrix<double>.Build.Dense(rows, cols, (_, _) => Entry(entries, random));
        // B Bᵀ + n I is symmetric with eigenvalues at least n: comfortably positive definite.
        if (spd) return b * b.Transpose() + Matrix<double>.Build.DenseIdentity(rows) * rows;
        if (square && attributes.HasFlag(VarAttributes.Symmetric)) return (b + b.Transpose()) / 2;
        return b;
    }

    private static double Entry(Need need, Random random)
    {
        double u = random.NextDouble();
        if (need.HasFlag(Need.AboveOne)) return 1.5 + 1.5 * u;
        if (need.HasFlag(Need.Positive) && need.HasFlag(Need.Small)) return 0.1 + 0.2 * u;
        if (need.HasFlag(Need.Positive)) return 0.5 + 1.5 * u;
        if (need.HasFlag(Need.Small)) return -0.3 + 0.6 * u;
        return -1 + 2 * u;
    }
}
