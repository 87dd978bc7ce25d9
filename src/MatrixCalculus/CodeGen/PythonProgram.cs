using MatrixCalculus.Lowering;
using MatrixCalculus.Semantics;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// The lowered program printed as Python, one statement per instruction (<c>_t7 = X.T @ _t6</c>):
/// the same program the evaluator runs, so the generated code computes what <c>eval</c> computes.
/// Inputs are read under the symbols' own names, a loop over basis directions becomes a Python
/// loop, and a Kronecker-structured map is assembled from its factors.
/// </summary>
internal sealed class PythonProgram(PythonBackend py, ProgramReading reading, IReadOnlyDictionary<string, string> inputs)
{
    private readonly Dictionary<Slot, string> aliases = new();

    public string Name(Slot slot) => aliases.TryGetValue(slot, out var name) ? name : $"_t{slot.Id}";

    public List<string> Lines(IEnumerable<Instruction> instructions, IReadOnlyDictionary<string, string>? loopInputs = null)
    {
        var lines = new List<string>();
        foreach (var i in instructions)
        {
            switch (i)
            {
                case LoadInput load:
                    aliases[i.Target] = loopInputs?.GetValueOrDefault(load.Name) ?? inputs[load.Name];
                    continue;
                case InverseOf when reading.Solved.Contains(i.Target):
                    continue; // printed as a solve inside the product that reads it
                case BasisColumns loop:
                    lines.AddRange(Loop(loop, loopInputs));
                    continue;
                case AssembleLinearMap map:
                    lines.Add($"{Name(i.Target)} = {Assemble(map)}");
                    continue;
            }
            var code = Code(i);
            // A plain copy needs no statement of its own: the slot is read under the copied name.
            if (IsName(code)) aliases[i.Target] = code;
            else lines.Add($"{Name(i.Target)} = {code}");
        }
        return lines;
    }

    private static bool IsName(string code) => code.All(c => char.IsLetterOrDigit(c) || c == '_');

    private string N(Slot s) => Name(s);

    // op(M): M or M', read in place (.T is a view)
    private string Op(Slot s, bool transposed) => transposed && !s.Shape.IsScalar ? $"{N(s)}.T" : N(s);

    private string Code(Instruction i) => i switch
    {
        Fill f when f.Target.Shape.IsScalar => py.ScalarConstant(f.Value),
        Fill f => f.Value == 0 ? py.Zeros(Rows(f.Target), Cols(f.Target)) : py.Full(Rows(f.Target), Cols(f.Target), f.Value),
        LoadIdentity l => l.Target.Shape.IsScalar ? py.ScalarConstant(1) : py.Eye(Rows(l.Target)),
        // K = I K; K M = (M' K_{n,m})'; M K, the columns gathered (no product with a dense K)
        LoadCommutation k => py.Commute(py.Eye(Rows(k.Target)), py.Size(k.Matrix.M), py.Size(k.Matrix.N)),
        CommuteRows c => $"{py.Commute(Op(c.Matrix, !c.TransposeMatrix), py.Size(c.Permutation.N), py.Size(c.Permutation.M))}.T",
        CommuteColumns c => py.Commute(Op(c.Matrix, c.TransposeMatrix), py.Size(c.Permutation.M), py.Size(c.Permutation.N)),
        Combine c => string.Join(" + ", c.Terms.Select(N)),
        ScaleBy s => Scaled(s.Constant, s.Factor, N(s.Arg)),
        DivideBy d => $"{N(d.Arg)} / {N(d.Denominator)}",
        MatrixProduct p => Product(p),
        // the diagonal may be held as a column or a row: its entries scale rows or columns either way
        ScaleRows s => $"{N(s.Diagonal)}.reshape(-1, 1) * {Op(s.Matrix, s.TransposeMatrix)}",
        ScaleColumns s => $"{Op(s.Matrix, s.TransposeMatrix)} * {N(s.Diagonal)}.reshape(1, -1)",
        AddDiagonal a => py.AddDiagonal(N(a.Matrix), N(a.Diagonal)),
        OuterProduct o => $"{N(o.Left)}.reshape(-1, 1) * {N(o.Right)}.reshape(1, -1)",
        TransposeOf t => Op(t.Arg, true),
        InverseOf v when v.Target.Shape.IsScalar => $"1.0 / {N(v.Arg)}",
        InverseOf v => $"{py.Lib}.linalg.inv({N(v.Arg)})",
        PowerOf p when p.Base.Shape.IsScalar => $"{N(p.Base)} ** {N(p.Exponent)}",
        PowerOf p => $"{py.Lib}.linalg.matrix_power({N(p.Base)}, {MatrixExponent(p)})",
        KroneckerProduct k when k.Left.Shape.IsScalar || k.Right.Shape.IsScalar => $"{N(k.Left)} * {N(k.Right)}",
        KroneckerProduct k => py.Kron(N(k.Left), N(k.Right)),
        TraceOf or DeterminantOf or SumOf or LogSumExpOf or DiagonalMatrix or DiagonalOf when Operand(i).Shape.IsScalar => N(Operand(i)),
        TraceOf t => $"{py.Lib}.trace({N(t.Arg)})",
        DeterminantOf d => $"{py.Lib}.linalg.det({N(d.Arg)})",
        LogDeterminantOf l when l.Arg.Shape.IsScalar => $"{py.Lib}.log({N(l.Arg)})",
        LogDeterminantOf l => py.LogDet(N(l.Arg)),
        SumOf s => $"{py.Lib}.sum({N(s.Arg)})",
        InnerProduct p when p.Left.Shape.IsScalar => $"{N(p.Left)} * {N(p.Right)}",
        InnerProduct p => py.Inner(N(p.Left), N(p.Right)),
        LogSumExpOf l => py.LogSumExp(N(l.Arg)),
        NormOf { Kind: Terms.NormKind.One } n => $"{py.Lib}.sum({py.Lib}.abs({N(n.Arg)}))",
        NormOf n when n.Arg.Shape.IsScalar => $"{py.Lib}.abs({N(n.Arg)})",
        NormOf n => $"{py.Lib}.linalg.norm({N(n.Arg)})",
        HadamardProduct h => $"{N(h.Left)} * {N(h.Right)}",
        HadamardQuotient h => $"{N(h.Left)} / {N(h.Right)}",
        EntrywisePower p => $"{N(p.Base)} ** {N(p.Exponent)}",
        ApplyFunction a => py.Function(a.Function, N(a.Arg)),
        SoftmaxOf s when s.Arg.Shape.IsScalar => $"{py.Lib}.ones_like({N(s.Arg)})",
        SoftmaxOf s => py.Softmax(N(s.Arg)),
        // along rows: each row is a slice (axis 1); along columns: each column (axis 0)
        BatchSoftmax b => py.BatchSoftmax(N(b.Arg), b.Along == Terms.Axis.Rows ? 1 : 0, b.Log),
        BatchLogSumExp b => py.BatchLogSumExp(N(b.Arg), b.Along == Terms.Axis.Rows ? 1 : 0),
        DiagonalMatrix d => py.DiagonalMatrix(N(d.Vector)),
        DiagonalOf d => $"{py.Lib}.diagonal({N(d.Matrix)}).reshape(-1, 1)",
        Reshape r => ReshapeCode(r),
        _ => throw new InvalidOperationException($"code generation has no spelling for {i.GetType().Name}."),
    };

    private static Slot Operand(Instruction i) => ProgramReading.Operands(i).First();

    private string Rows(Slot s) => py.Size(s.Shape.Rows);
    private string Cols(Slot s) => py.Size(s.Shape.Cols);

    private string Scaled(double constant, Slot? factor, string body)
    {
        var parts = new List<string>();
        if (constant != 1 && constant != -1) parts.Add(PythonBackend.Number(constant));
        if (factor is { } f) parts.Add(N(f));
        parts.Add(body);
        var product = string.Join(" * ", parts);
        return constant == -1 ? $"-{(parts.Count == 1 ? product : $"({product})")}" : product;
    }

    private string MatrixExponent(PowerOf p) => reading.Constant(p.Exponent) is { } k && k == Math.Round(k)
        ? ((long)k).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : $"int({N(p.Exponent)})";

    // op(L) op(R); a factor that is an inverse read only here is solved against instead:
    // A⁻¹R = solve(A, R), L A⁻¹ = solve(A', L')'.
    private string Product(MatrixProduct p)
    {
        if (p.Left.Shape.IsScalar || p.Right.Shape.IsScalar) return $"{N(p.Left)} * {N(p.Right)}";
        string code;
        if (reading.Solved.Contains(p.Left))
        {
            var a = ((InverseOf)reading.Writer[p.Left]).Arg;
            code = py.Solve(Op(a, p.TransposeLeft), Op(p.Right, p.TransposeRight));
        }
        else if (reading.Solved.Contains(p.Right))
        {
            var a = ((InverseOf)reading.Writer[p.Right]).Arg;
            code = $"{py.Solve(Op(a, !p.TransposeRight), Op(p.Left, !p.TransposeLeft))}.T";
        }
        else code = $"{Op(p.Left, p.TransposeLeft)} @ {Op(p.Right, p.TransposeRight)}";
        return p.Target.Shape.IsScalar ? $"({code})[0, 0]" : code;
    }

    private string ReshapeCode(Reshape r)
    {
        if (r.Target.Shape.IsScalar) return r.Arg.Shape.IsScalar ? N(r.Arg) : $"{N(r.Arg)}.reshape(())";
        if (r.Arg.Shape.IsScalar) return $"{N(r.Arg)}.reshape(1, 1)";
        return py.ReshapeColumnMajor(N(r.Arg), Rows(r.Target), Cols(r.Target));
    }

    private string Matrix(Slot s) => s.Shape.IsScalar ? $"{N(s)}.reshape(1, 1)" : N(s);

    private string VecOf(Slot s) => s.Shape.IsScalar ? $"{N(s)}.reshape(1)" : py.Vec(N(s));

    // d vec H[V] / d vec V from the map's Kronecker pieces: vec(L V R) = (R' ⊗ L) vec V, the
    // columns reordered for V'; ⟨In, V⟩ Out is vec(Out) vec(In)'; W ⊙ V is diag(vec W).
    private string Assemble(AssembleLinearMap map)
    {
        var (m, n) = (py.Size(map.Direction.Rows), py.Size(map.Direction.Cols));
        if (map.Terms.Length == 0) return py.Zeros(Rows(map.Target), Cols(map.Target)); // the map is 0
        var terms = map.Terms.Select(term =>
        {
            string matrix = term switch
            {
                SandwichTerm s => SandwichMatrix(s, m, n),
                RankOneTerm r => py.Outer(VecOf(r.Output), VecOf(r.Input)),
                EntrywiseTerm e => py.DiagonalMatrix(VecOf(e.Weights)),
                _ => throw new InvalidOperationException($"code generation has no spelling for {term.GetType().Name}."),
            };
            return Scaled(term.Constant, term.Factor, matrix);
        });
        return string.Join(" + ", terms.Select(t => t.StartsWith('-') ? $"({t})" : t));
    }

    private string SandwichMatrix(SandwichTerm s, string m, string n)
    {
        // L is p×m (p×n for V'), R is n×q (m×q for V'); absent, each is an identity
        var left = s.Left is { } l ? Matrix(l) : py.Eye(s.TransposeDirection ? n : m);
        var right = s.Right is { } r ? $"{Matrix(r)}.T" : py.Eye(s.TransposeDirection ? m : n);
        var kron = py.Kron(right, left);
        return s.TransposeDirection ? py.Commute(kron, m, n) : kron;
    }

    private IEnumerable<string> Loop(BasisColumns loop, IReadOnlyDictionary<string, string>? enclosing)
    {
        var v = loop.Direction;
        var (r, c) = (py.Size(v.Shape.Rows), py.Size(v.Shape.Cols));
        var basis = $"_{Identifiers.ForSymbols([v.Name], Language.NumPy)[v.Name]}";
        var loopInputs = new Dictionary<string, string>(enclosing ?? new Dictionary<string, string>()) { [v.Name] = basis };
        var body = Lines(loop.Body, loopInputs);
        var columns = $"_columns{loop.Target.Id}";
        yield return $"{columns} = []";
        yield return $"for _j in range({py.Size(DimOps.Times(v.Shape.Rows, v.Shape.Cols))}):";
        // the j-th column-major basis matrix: a 1 at row j mod r, column j div r
        yield return $"    {basis} = {py.Zeros(r, c)}";
        yield return $"    {basis}[_j % {r}, _j // {r}] = 1.0";
        foreach (var line in body) yield return "    " + line;
        yield return $"    {columns}.append({VecOf(loop.Result)})";
        yield return $"{Name(loop.Target)} = {py.Stack(columns, 1)}";
    }
}
