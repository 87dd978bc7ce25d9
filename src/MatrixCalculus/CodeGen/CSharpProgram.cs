using System.Globalization;
using MatrixCalculus.Lowering;
using MatrixCalculus.Semantics;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// The lowered program printed as C# over MathNet.Numerics, one statement per instruction: every
/// non-scalar value a <c>Matrix&lt;double&gt;</c> (a vector n×1 or 1×n), every scalar a
/// <c>double</c>. Products read transposes in place (TransposeThisAndMultiply), an inverse read
/// once by a product is a solve, and the class's helpers scale rows and columns in O(nm).
/// </summary>
internal sealed class CSharpProgram(ProgramReading reading, IReadOnlyDictionary<string, string> inputs)
{
    private const string Build = "Matrix<double>.Build";
    private readonly Dictionary<Slot, string> aliases = new();

    public string Name(Slot slot) => aliases.TryGetValue(slot, out var name) ? name : $"_t{slot.Id}";

    public static string Size(Dim dim) => dim switch
    {
        Dim.Known k => k.Value.ToString(CultureInfo.InvariantCulture),
        Dim.Named { Name: var name } when name.Contains('·') =>
            "(" + string.Join(" * ", name.Split('·').Select(factor => Size(int.TryParse(factor, out var n) ? Dim.Of(n) : Dim.Of(factor)))) + ")",
        Dim.Named { Name: var name } => Identifiers.Size(name),
        _ => throw new InvalidOperationException($"no size for {dim}."),
    };

    public static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e");
        if (!text.Contains('.') && !text.Contains('e')) text += ".0";
        return value < 0 ? $"({text})" : text;
    }

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
            }
            var code = Code(i);
            if (code.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '@')) aliases[i.Target] = code;
            else lines.Add($"var {Name(i.Target)} = {code};");
        }
        return lines;
    }

    private string N(Slot s) => Name(s);

    private string Op(Slot s, bool transposed) => transposed && !s.Shape.IsScalar ? $"{N(s)}.Transpose()" : N(s);

    private static string Rows(Slot s) => Size(s.Shape.Rows);
    private static string Cols(Slot s) => Size(s.Shape.Cols);

    private string Code(Instruction i) => i switch
    {
        Fill f when f.Target.Shape.IsScalar => Number(f.Value),
        Fill f => f.Value == 0 ? $"{Build}.Dense({Rows(f.Target)}, {Cols(f.Target)})" : $"{Build}.Dense({Rows(f.Target)}, {Cols(f.Target)}, {Number(f.Value)})",
        LoadIdentity l => l.Target.Shape.IsScalar ? "1.0" : $"{Build}.DenseIdentity({Rows(l.Target)})",
        // K = I K; K M = (M' K_{n,m})'; M K, the columns gathered (no product with a dense K)
        LoadCommutation k => $"_Commute({Build}.DenseIdentity({Rows(k.Target)}), {Size(k.Matrix.M)}, {Size(k.Matrix.N)})",
        CommuteRows c => $"_Commute({Op(c.Matrix, !c.TransposeMatrix)}, {Size(c.Permutation.N)}, {Size(c.Permutation.M)}).Transpose()",
        CommuteColumns c => $"_Commute({Op(c.Matrix, c.TransposeMatrix)}, {Size(c.Permutation.M)}, {Size(c.Permutation.N)})",
        Combine c => string.Join(" + ", c.Terms.Select(N)),
        ScaleBy s => Scaled(s.Constant, s.Factor, N(s.Arg)),
        DivideBy d => $"{N(d.Arg)} / {N(d.Denominator)}",
        MatrixProduct p => Product(p),
        ScaleRows s => $"_ScaleRows({N(s.Diagonal)}, {Op(s.Matrix, s.TransposeMatrix)})",
        ScaleColumns s => $"_ScaleColumns({Op(s.Matrix, s.TransposeMatrix)}, {N(s.Diagonal)})",
        AddDiagonal a => $"{N(a.Matrix)} + {Build}.DenseOfDiagonalArray({N(a.Diagonal)}.ToColumnMajorArray())",
        OuterProduct o => $"_Outer({N(o.Left)}, {N(o.Right)})",
        TransposeOf t => Op(t.Arg, true),
        InverseOf v when v.Target.Shape.IsScalar => $"1.0 / {N(v.Arg)}",
        InverseOf v => $"{N(v.Arg)}.Inverse()",
        PowerOf p when p.Base.Shape.IsScalar => $"_M.Pow({N(p.Base)}, {N(p.Exponent)})",
        PowerOf p => MatrixPower(p),
        KroneckerProduct k when k.Left.Shape.IsScalar || k.Right.Shape.IsScalar => $"{N(k.Left)} * {N(k.Right)}",
        KroneckerProduct k => $"{N(k.Left)}.KroneckerProduct({N(k.Right)})",
        TraceOf or DeterminantOf or SumOf or LogSumExpOf or DiagonalMatrix or DiagonalOf when ProgramReading.Operands(i).First().Shape.IsScalar => N(ProgramReading.Operands(i).First()),
        TraceOf t => $"{N(t.Arg)}.Trace()",
        DeterminantOf d => $"{N(d.Arg)}.Determinant()",
        LogDeterminantOf l when l.Arg.Shape.IsScalar => $"_M.Log({N(l.Arg)})",
        LogDeterminantOf l => $"_LogDet({N(l.Arg)})",
        SumOf s => $"_Sum({N(s.Arg)})",
        InnerProduct p when p.Left.Shape.IsScalar => $"{N(p.Left)} * {N(p.Right)}",
        InnerProduct p => $"_Inner({N(p.Left)}, {N(p.Right)})",
        LogSumExpOf l => $"_LogSumExp({N(l.Arg)})",
        NormOf n when n.Arg.Shape.IsScalar => $"_M.Abs({N(n.Arg)})",
        NormOf { Kind: Terms.NormKind.One } n => $"_Norm1({N(n.Arg)})",
        NormOf n => $"{N(n.Arg)}.FrobeniusNorm()",
        HadamardProduct h when h.Left.Shape.IsScalar => $"{N(h.Left)} * {N(h.Right)}",
        HadamardProduct h => $"{N(h.Left)}.PointwiseMultiply({N(h.Right)})",
        HadamardQuotient h when h.Left.Shape.IsScalar => $"{N(h.Left)} / {N(h.Right)}",
        HadamardQuotient h => $"{N(h.Left)}.PointwiseDivide({N(h.Right)})",
        EntrywisePower p when p.Base.Shape.IsScalar => $"_M.Pow({N(p.Base)}, {N(p.Exponent)})",
        EntrywisePower p => $"{N(p.Base)}.PointwisePower({N(p.Exponent)})",
        ApplyFunction a when a.Arg.Shape.IsScalar => $"_{a.Function}({N(a.Arg)})",
        ApplyFunction a => $"{N(a.Arg)}.Map(_{a.Function}, Zeros.Include)",
        SoftmaxOf s when s.Arg.Shape.IsScalar => "1.0",
        SoftmaxOf s => $"_Softmax({N(s.Arg)})",
        BatchSoftmax b => $"_BatchSoftmax({N(b.Arg)}, {(b.Along == Terms.Axis.Rows ? "true" : "false")}, {(b.Log ? "true" : "false")})",
        BatchLogSumExp b => $"_BatchLogSumExp({N(b.Arg)}, {(b.Along == Terms.Axis.Rows ? "true" : "false")})",
        DiagonalMatrix d => $"{Build}.DenseOfDiagonalArray({N(d.Vector)}.ToColumnMajorArray())",
        DiagonalOf d => $"{N(d.Matrix)}.Diagonal().ToColumnMatrix()",
        Reshape r when r.Target.Shape.IsScalar => r.Arg.Shape.IsScalar ? N(r.Arg) : $"{N(r.Arg)}[0, 0]",
        Reshape r when r.Arg.Shape.IsScalar => $"{Build}.Dense(1, 1, {N(r.Arg)})",
        Reshape r => $"{Build}.DenseOfColumnMajor({Rows(r.Target)}, {Cols(r.Target)}, {N(r.Arg)}.ToColumnMajorArray())",
        AssembleLinearMap m => Assemble(m),
        _ => throw new InvalidOperationException($"code generation has no spelling for {i.GetType().Name}."),
    };

    private string Scaled(double constant, Slot? factor, string body)
    {
        var parts = new List<string>();
        if (constant != 1 && constant != -1) parts.Add(Number(constant));
        if (factor is { } f) parts.Add(N(f));
        parts.Add(body);
        var product = string.Join(" * ", parts);
        return constant == -1 ? $"-({product})" : product;
    }

    private string MatrixPower(PowerOf p)
    {
        long k = reading.Constant(p.Exponent) is { } e && e == Math.Round(e)
            ? (long)e
            : throw new InvalidOperationException($"a matrix power needs a constant integer exponent: {p.Source}.");
        // A⁻ᵏ = (A⁻¹)ᵏ
        return k >= 0 ? $"{N(p.Base)}.Power({k})" : $"{N(p.Base)}.Inverse().Power({-k})";
    }

    private string Product(MatrixProduct p)
    {
        if (p.Left.Shape.IsScalar || p.Right.Shape.IsScalar) return $"{N(p.Left)} * {N(p.Right)}";
        string code;
        if (reading.Solved.Contains(p.Left))
            code = $"{Op(((InverseOf)reading.Writer[p.Left]).Arg, p.TransposeLeft)}.Solve({Op(p.Right, p.TransposeRight)})";
        else if (reading.Solved.Contains(p.Right))
            // L A⁻¹ = (A'⁻¹ L')'
            code = $"{Op(((InverseOf)reading.Writer[p.Right]).Arg, !p.TransposeRight)}.Solve({Op(p.Left, !p.TransposeLeft)}).Transpose()";
        else code = (p.TransposeLeft, p.TransposeRight) switch
        {
            (true, false) => $"{N(p.Left)}.TransposeThisAndMultiply({N(p.Right)})",
            (false, true) => $"{N(p.Left)}.TransposeAndMultiply({N(p.Right)})",
            _ => $"{Op(p.Left, p.TransposeLeft)} * {Op(p.Right, p.TransposeRight)}",
        };
        return p.Target.Shape.IsScalar ? $"({code})[0, 0]" : code;
    }

    private string Matrix(Slot s) => s.Shape.IsScalar ? $"{Build}.Dense(1, 1, {N(s)})" : N(s);

    // d vec H[V] / d vec V from the map's Kronecker pieces (see PythonProgram.Assemble).
    private string Assemble(AssembleLinearMap map)
    {
        var (m, n) = (Size(map.Direction.Rows), Size(map.Direction.Cols));
        if (map.Terms.Length == 0) return $"{Build}.Dense({Rows(map.Target)}, {Cols(map.Target)})"; // the map is 0
        return string.Join(" + ", map.Terms.Select(term =>
        {
            string matrix = term switch
            {
                SandwichTerm s => Sandwich(s, m, n),
                RankOneTerm r => $"_Outer({Matrix(r.Output)}, {Matrix(r.Input)})",
                EntrywiseTerm e => $"{Build}.DenseOfDiagonalArray({Matrix(e.Weights)}.ToColumnMajorArray())",
                _ => throw new InvalidOperationException($"code generation has no spelling for {term.GetType().Name}."),
            };
            var scaled = Scaled(term.Constant, term.Factor, matrix);
            return scaled.StartsWith('-') ? $"({scaled})" : scaled;
        }));
    }

    private string Sandwich(SandwichTerm s, string m, string n)
    {
        var left = s.Left is { } l ? Matrix(l) : $"{Build}.DenseIdentity({(s.TransposeDirection ? n : m)})";
        var right = s.Right is { } r ? $"{Matrix(r)}.Transpose()" : $"{Build}.DenseIdentity({(s.TransposeDirection ? m : n)})";
        var kron = $"{right}.KroneckerProduct({left})";
        return s.TransposeDirection ? $"_Commute({kron}, {m}, {n})" : kron;
    }

    private IEnumerable<string> Loop(BasisColumns loop, IReadOnlyDictionary<string, string>? enclosing)
    {
        var v = loop.Direction;
        var (r, c) = (Size(v.Shape.Rows), Size(v.Shape.Cols));
        var size = Size(DimOps.Times(v.Shape.Rows, v.Shape.Cols));
        var basis = $"_{Identifiers.ForSymbols([v.Name], Language.CSharp)[v.Name].TrimStart('@')}";
        var loopInputs = new Dictionary<string, string>(enclosing ?? new Dictionary<string, string>()) { [v.Name] = basis };
        var body = Lines(loop.Body, loopInputs);
        var target = Name(loop.Target);
        yield return $"var {target} = {Build}.Dense({Rows(loop.Target)}, {size});";
        yield return $"for (int _j = 0; _j < {size}; _j++)";
        yield return "{";
        // the j-th column-major basis matrix: a 1 at row j mod r, column j div r
        yield return $"    var {basis} = {Build}.Dense({r}, {c});";
        yield return $"    {basis}[_j % {r}, _j / {r}] = 1.0;";
        foreach (var line in body) yield return "    " + line;
        yield return $"    {target}.SetColumn(_j, {Matrix(loop.Result)}.ToColumnMajorArray());";
        yield return "}";
    }
}
