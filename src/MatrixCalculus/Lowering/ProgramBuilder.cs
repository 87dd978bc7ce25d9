using System.Collections.Immutable;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Lowering;

/// <summary>
/// Builds one <see cref="Program"/> from several terms (f, its derivative, H v): each term is
/// lowered into the same instruction list and the same table of shared subterms, so a subterm
/// met again, in the same term or in another, is the slot computed the first time.
/// </summary>
public sealed partial class ProgramBuilder
{
    private List<Instruction> instructions = [];
    private readonly List<Var> inputs = [];
    private readonly List<ProgramOutput> outputs = [];
    // Structural hashing: terms are records, so equal subterms are equal keys.
    private readonly Dictionary<Expr, Operand> shared = [];
    private int nextSlot;

    /// <summary>Lowers <paramref name="e"/> and names its slot as an output.</summary>
    public Slot AddOutput(string name, Expr e) => Name(name, Plain(e));

    /// <summary>Names an already lowered slot as an output.</summary>
    public Slot Name(string name, Slot slot)
    {
        outputs.Add(new ProgramOutput(name, slot));
        return slot;
    }

    /// <summary>The slot holding the value of <paramref name="e"/>, not transposed.</summary>
    public Slot Plain(Expr e)
    {
        var operand = Lower(e);
        if (!operand.Transposed) return operand.Slot;
        // Materialised once: later readers of e find the transposed copy.
        var slot = Emit(e.Shape, target => new TransposeOf(target, e, operand.Slot));
        shared[e] = new Operand(slot, false);
        return slot;
    }

    /// <summary>The entries of <paramref name="arg"/>, column-major, as a value of <paramref name="shape"/>.</summary>
    public Slot Reshape(Slot arg, Shape shape, Expr source) =>
        Emit(shape, target => new Reshape(target, source, arg));

    public Program Build() => new([.. inputs], [.. instructions], [.. outputs]);

    private Slot NewSlot(Shape shape) => new(nextSlot++, shape);

    private Slot Emit(Shape shape, Func<Slot, Instruction> make)
    {
        var instruction = make(NewSlot(shape));
        instructions.Add(instruction);
        return instruction.Target;
    }

    private Operand Remember(Expr e, Operand operand)
    {
        shared[e] = operand;
        return operand;
    }

    /// <summary>A slot, read as its value or as its transpose (a product reads it in place).</summary>
    private readonly record struct Operand(Slot Slot, bool Transposed)
    {
        public Operand Flipped => this with { Transposed = !Transposed };
    }
}
