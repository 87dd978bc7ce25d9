using MatrixCalculus.Lowering;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// What a printer needs to know about a lowered program beyond its instructions: the
/// instruction that wrote each slot, how often each slot is read, and which inverses are read
/// once, by a product, so that the product is printed as a solve and the inverse not at all
/// (A⁻¹B = solve(A, B): fewer flops, and no explicit inverse where the formula allows one).
/// </summary>
internal sealed class ProgramReading
{
    public Dictionary<Slot, Instruction> Writer { get; } = new();
    public Dictionary<Slot, int> Reads { get; } = new();
    /// <summary>Inverse slots printed inside the product that reads them.</summary>
    public HashSet<Slot> Solved { get; } = [];

    public ProgramReading(Program program)
    {
        Visit(program.Instructions);
        foreach (var output in program.Outputs) Read(output.Slot);
        foreach (var product in All(program.Instructions).OfType<MatrixProduct>())
        {
            if (Fusable(product.Left)) Solved.Add(product.Left);
            else if (Fusable(product.Right)) Solved.Add(product.Right);
        }
    }

    /// <summary>The constant a slot holds when a Fill wrote it (a matrix power's exponent).</summary>
    public double? Constant(Slot slot) => Writer.GetValueOrDefault(slot) is Fill f ? f.Value : null;

    private bool Fusable(Slot slot) =>
        !slot.Shape.IsScalar && Writer.GetValueOrDefault(slot) is InverseOf && Reads.GetValueOrDefault(slot) == 1;

    private void Visit(IEnumerable<Instruction> instructions)
    {
        foreach (var i in instructions)
        {
            Writer[i.Target] = i;
            foreach (var slot in Operands(i)) Read(slot);
            if (i is BasisColumns loop)
            {
                Visit(loop.Body);
                Read(loop.Result);
            }
        }
    }

    private void Read(Slot slot) => Reads[slot] = Reads.GetValueOrDefault(slot) + 1;

    private static IEnumerable<Instruction> All(IEnumerable<Instruction> instructions) =>
        instructions.SelectMany(i => i is BasisColumns loop ? All(loop.Body).Prepend(i) : [i]);

    /// <summary>The slots an instruction reads (a loop's body is visited on its own).</summary>
    public static IEnumerable<Slot> Operands(Instruction i) => i switch
    {
        Combine c => c.Terms,
        ScaleBy s => s.Factor is { } f ? [f, s.Arg] : [s.Arg],
        DivideBy d => [d.Arg, d.Denominator],
        MatrixProduct p => [p.Left, p.Right],
        ScaleRows s => [s.Diagonal, s.Matrix],
        ScaleColumns s => [s.Matrix, s.Diagonal],
        AddDiagonal a => [a.Matrix, a.Diagonal],
        OuterProduct o => [o.Left, o.Right],
        TransposeOf t => [t.Arg],
        InverseOf v => [v.Arg],
        PowerOf p => [p.Base, p.Exponent],
        KroneckerProduct k => [k.Left, k.Right],
        TraceOf t => [t.Arg],
        DeterminantOf d => [d.Arg],
        LogDeterminantOf l => [l.Arg],
        SumOf s => [s.Arg],
        InnerProduct p => [p.Left, p.Right],
        LogSumExpOf l => [l.Arg],
        NormOf n => [n.Arg],
        HadamardProduct h => [h.Left, h.Right],
        HadamardQuotient h => [h.Left, h.Right],
        EntrywisePower p => [p.Base, p.Exponent],
        ApplyFunction a => [a.Arg],
        SoftmaxOf s => [s.Arg],
        DiagonalMatrix d => [d.Vector],
        DiagonalOf d => [d.Matrix],
        Reshape r => [r.Arg],
        AssembleLinearMap m => m.Terms.SelectMany(MapOperands),
        _ => [],
    };

    private static IEnumerable<Slot> MapOperands(MapTerm t)
    {
        if (t.Factor is { } f) yield return f;
        switch (t)
        {
            case SandwichTerm s:
                if (s.Left is { } left) yield return left;
                if (s.Right is { } right) yield return right;
                break;
            case RankOneTerm r:
                yield return r.Output;
                yield return r.Input;
                break;
            case EntrywiseTerm e:
                yield return e.Weights;
                break;
        }
    }
}
