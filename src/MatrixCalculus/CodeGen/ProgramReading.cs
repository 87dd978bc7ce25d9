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

    /// <summary>
    /// The slots an instruction reads: the lowering's own list (one list, so that a new
    /// instruction cannot be missed here), except that a loop's body is visited on its own.
    /// </summary>
    public static IEnumerable<Slot> Operands(Instruction i) => i is BasisColumns ? [] : Lowering.Operands.Of(i);
}
