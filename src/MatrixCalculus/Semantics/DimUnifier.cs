namespace MatrixCalculus.Semantics;

/// <summary>What a class of unified dimensions is known to be; a class without a value is free.</summary>
internal abstract record DimValue
{
    public sealed record Known(int Size) : DimValue;
    public sealed record Named(string Name) : DimValue;
    /// <summary>The product of two classes: the sizes of Kronecker products and vec.</summary>
    public sealed record Product(int Left, int Right) : DimValue;
}

/// <summary>
/// Union-find over dimension variables. Every free variable stands for a size that is not 1:
/// vectors and matrices of unknown size never silently become scalars, so whether a shape is
/// a scalar is fixed when the shape is made (scalars are chosen by the binder, not by unification).
/// Ids are handed out in order of first appearance, which orders the fresh names.
/// </summary>
internal sealed class DimUnifier
{
    private readonly List<int> parent = [];
    private readonly List<DimValue?> values = [];
    private readonly Dictionary<string, int> named = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> known = [];

    public DimUnifier() => One = Known(1);

    /// <summary>The class of the size 1.</summary>
    public int One { get; }

    public int Count => parent.Count;

    public int Fresh() => Add(null);

    public int Known(int size) => known.TryGetValue(size, out var id) ? id : known[size] = Add(new DimValue.Known(size));

    public int Named(string name) => named.TryGetValue(name, out var id) ? id : named[name] = Add(new DimValue.Named(name));

    /// <summary>a·b, folded where the factors are known: 1·b = b, 2·3 = 6.</summary>
    public int Times(int a, int b)
    {
        var (va, vb) = (Evaluate(a), Evaluate(b));
        if (va is DimValue.Known { Size: 1 }) return b;
        if (vb is DimValue.Known { Size: 1 }) return a;
        if (va is DimValue.Known x && vb is DimValue.Known y) return Known(x.Size * y.Size);
        return Add(new DimValue.Product(a, b));
    }

    private bool SameFactors(int a, int b) => Factors(a).Order().SequenceEqual(Factors(b).Order());

    // The classes a product multiplies, products flattened (1 leaves out).
    private IEnumerable<int> Factors(int id) => Evaluate(id) switch
    {
        DimValue.Product p => Factors(p.Left).Concat(Factors(p.Right)),
        DimValue.Known { Size: 1 } => [],
        _ => [Find(id)],
    };

    public int Find(int id)
    {
        int root = id;
        while (parent[root] != root) root = parent[root];
        while (parent[id] != root) (parent[id], id) = (root, parent[id]);
        return root;
    }

    public DimValue? ValueOf(int id) => values[Find(id)];

    public bool IsOne(int id) => Evaluate(id) is DimValue.Known { Size: 1 };

    /// <summary>Makes a and b the same size, or returns false (and may have unified parts of products).</summary>
    public bool Unify(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return true;
        var (va, vb) = (Evaluate(ra), Evaluate(rb));
        switch (va, vb)
        {
            case (null, null): return Link(ra, rb);
            case (null, _): return !IsUnit(vb) && !Occurs(ra, vb) && Link(ra, rb);
            case (_, null): return !IsUnit(va) && !Occurs(rb, va) && Link(rb, ra);
            // Componentwise is a choice, not a law (n·m = m·n), but it is the reading that keeps
            // vec and ⊗ shapes symbolic: vec(X)ᵀ (A ⊗ B) pairs X's rows with B's columns.
            // n·m = m·n and (n·m)·k = n·(m·k) where the factors are already the same multiset:
            // vec(F) of an n×m F meets the columns of (R' ⊗ L) over it (m·n) in the Jacobians of vec forms.
            case (DimValue.Product, DimValue.Product) when SameFactors(ra, rb):
                return Link(ra, rb);
            case (DimValue.Product p, DimValue.Product q):
                return Unify(p.Left, q.Left) && Unify(p.Right, q.Right) && Link(ra, rb);
            case (DimValue.Product p, DimValue.Known k): return SolveProduct(p, k.Size) && Link(ra, rb);
            case (DimValue.Known k, DimValue.Product p): return SolveProduct(p, k.Size) && Link(rb, ra);
            default: return va == vb && Link(ra, rb);
        }
    }

    /// <summary>The value with products of known sizes multiplied out.</summary>
    public DimValue? Evaluate(int id)
    {
        var value = ValueOf(id);
        if (value is DimValue.Product p && Evaluate(p.Left) is DimValue.Known x && Evaluate(p.Right) is DimValue.Known y)
            return new DimValue.Known(x.Size * y.Size);
        return value;
    }

    private static bool IsUnit(DimValue? value) => value is DimValue.Known { Size: 1 };

    // a·b = size with one factor known and the other free: the free one is size / known.
    private bool SolveProduct(DimValue.Product product, int size)
    {
        var (left, right) = (Evaluate(product.Left), Evaluate(product.Right));
        if (left is DimValue.Known l && right is null && size % l.Size == 0) return Unify(product.Right, Known(size / l.Size));
        if (right is DimValue.Known r && left is null && size % r.Size == 0) return Unify(product.Left, Known(size / r.Size));
        return false;
    }

    // A free class must not be bound to a product containing itself (n = n·m has no finite answer).
    private bool Occurs(int root, DimValue? value) => value is DimValue.Product p &&
        (Find(p.Left) == root || Find(p.Right) == root || Occurs(root, ValueOf(p.Left)) || Occurs(root, ValueOf(p.Right)));

    private bool Link(int child, int root)
    {
        parent[child] = root;
        return true;
    }

    private int Add(DimValue? value)
    {
        parent.Add(parent.Count);
        values.Add(value);
        return parent.Count - 1;
    }
}
