namespace MatrixCalculus.Semantics;

/// <summary>
/// Names for the dimensions of one inference, taken once it is done (or when an error is
/// reported): free classes get n, m, k, p, q, r, n1, n2, … in order of first appearance (the
/// order ids were handed out), skipping names already in use (declared dimensions and symbols,
/// <c>I_n</c> subscripts, symbols of the expression).
/// </summary>
internal sealed class DimNames
{
    private static readonly string[] First = ["n", "m", "k", "p", "q", "r"];

    private readonly DimUnifier dims;
    private readonly Dictionary<int, string> fresh = [];

    public DimNames(DimUnifier dims, IReadOnlySet<string> reserved)
    {
        this.dims = dims;
        var used = new List<string>();
        var candidates = Candidates().Where(name => !reserved.Contains(name)).GetEnumerator();
        for (int id = 0; id < dims.Count; id++)
        {
            int root = dims.Find(id);
            switch (dims.ValueOf(root))
            {
                case null when !fresh.ContainsKey(root):
                    candidates.MoveNext();
                    fresh[root] = candidates.Current;
                    used.Add(candidates.Current);
                    break;
                case DimValue.Named named when !used.Contains(named.Name):
                    used.Add(named.Name);
                    break;
            }
        }
        InOrder = used;
    }

    /// <summary>Every dimension name, declared or fresh, in order of first appearance.</summary>
    public IReadOnlyList<string> InOrder { get; }

    public Dim Resolve(int id) => dims.Evaluate(id) switch
    {
        DimValue.Known k => Dim.Of(k.Size),
        DimValue.Named n => Dim.Of(n.Name),
        DimValue.Product p => DimOps.Times(Resolve(p.Left), Resolve(p.Right)),
        _ => Dim.Of(fresh[dims.Find(id)]),
    };

    public Shape Resolve(ShapeVar shape) => new(Resolve(shape.Rows), Resolve(shape.Cols));

    /// <summary><c>n×m</c>, as in messages.</summary>
    public string Show(ShapeVar shape) => Resolve(shape).ToString();

    private static IEnumerable<string> Candidates()
    {
        foreach (var name in First) yield return name;
        for (int i = 1; ; i++) yield return $"n{i}";
    }
}
