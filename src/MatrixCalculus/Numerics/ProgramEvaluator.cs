using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Lowering;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// Runs a lowered <see cref="Lowering.Program"/> on MathNet at a point. Each instruction's result
/// is checked once (finite entries, and its domain inside the kernel), so an undefined value throws
/// the <see cref="EvaluationException"/> the tree-walking <see cref="Evaluator"/> would throw,
/// naming the instruction's source term. A slot's buffer goes back to a pool after its last
/// reader and is reused by a later instruction of the same size (outputs and inputs never are).
/// </summary>
public static partial class ProgramEvaluator
{
    public static ProgramValues Evaluate(Lowering.Program program, Environment env)
    {
        var plan = Plans.GetValue(program, Plan.Of);
        var run = new Run(env, new Matrix<double>?[plan.SlotCount], new BufferPool());
        for (int k = 0; k < program.Instructions.Length; k++)
        {
            var instruction = program.Instructions[k];
            try
            {
                Execute(instruction, run);
            }
            catch (EvaluationException e) when (e.Output is null)
            {
                throw new EvaluationException(e.Subexpression, e.Message, e.Code) { Output = plan.Owner[k] };
            }
            foreach (var dead in plan.DiesAfter[k])
                if (plan.Pooled[dead]) run.Pool.Return(run.Values[dead]!);
        }
        return new ProgramValues(program.Outputs.Select(o => (o.Name, run.Values[o.Slot.Id]!)).ToList());
    }

    // A cached analysis per program: its slot count, which slot dies after which instruction,
    // and which slots own their buffer (an input's value belongs to the caller).
    private sealed record Plan(int SlotCount, List<int>[] DiesAfter, bool[] Pooled, string?[] Owner)
    {
        public static Plan Of(Lowering.Program program)
        {
            var all = program.Instructions.SelectMany(Flatten).ToList();
            int count = all.Count == 0 ? 0 : all.Max(i => i.Target.Id) + 1;
            var lastUse = new int[count];
            Array.Fill(lastUse, -1);
            for (int k = 0; k < program.Instructions.Length; k++)
                foreach (var read in Operands.Of(program.Instructions[k])) lastUse[read.Id] = k;
            var pooled = new bool[count];
            foreach (var i in program.Instructions) pooled[i.Target.Id] = i is not Lowering.LoadInput;
            foreach (var output in program.Outputs) pooled[output.Slot.Id] = false;
            var dies = Enumerable.Range(0, program.Instructions.Length).Select(_ => new List<int>()).ToArray();
            for (int slot = 0; slot < count; slot++)
                if (lastUse[slot] >= 0) dies[lastUse[slot]].Add(slot);
            return new Plan(count, dies, pooled, Owners(program, count));
        }

        // The first output, in the program's order, whose computation runs each instruction.
        private static string?[] Owners(Lowering.Program program, int count)
        {
            var writer = new int[count];
            for (int k = 0; k < program.Instructions.Length; k++) writer[program.Instructions[k].Target.Id] = k;
            var owner = new string?[program.Instructions.Length];
            foreach (var output in program.Outputs)
            {
                var pending = new Stack<int>([writer[output.Slot.Id]]);
                while (pending.Count > 0)
                {
                    int k = pending.Pop();
                    if (owner[k] is not null) continue;
                    owner[k] = output.Name;
                    foreach (var read in Operands.Of(program.Instructions[k])) pending.Push(writer[read.Id]);
                }
            }
            return owner;
        }

        private static IEnumerable<Instruction> Flatten(Instruction i) =>
            i is BasisColumns b ? b.Body.SelectMany(Flatten).Append(i) : [i];
    }

    private static readonly ConditionalWeakTable<Lowering.Program, Plan> Plans = new();

    private sealed record Run(Environment Env, Matrix<double>?[] Values, BufferPool Pool)
    {
        public Matrix<double> this[Slot s] => Values[s.Id] ?? throw new InvalidOperationException($"{s} is read before it is written.");
    }

    private static void Execute(Instruction instruction, Run run)
    {
        var value = Kernel(instruction, run);
        if (instruction is not Lowering.LoadInput) CheckFinite(value, instruction.Source);
        run.Values[instruction.Target.Id] = value;
    }

    /// <summary>The tree evaluator's check, once per result, on the storage array: x·0 is 0 exactly when x is finite.</summary>
    internal static void CheckFinite(Matrix<double> value, Expr source)
    {
        if (!AllFinite(value))
            throw new EvaluationException(source, $"{source} is not finite at this point (an overflow or an undefined value).");
    }

    private static bool AllFinite(Matrix<double> value)
    {
        var data = value.AsColumnMajorArray();
        if (data is null) return value.Enumerate().All(double.IsFinite);
        var span = data.AsSpan();
        var zeros = System.Numerics.Vector<double>.Zero;
        int width = System.Numerics.Vector<double>.Count, k = 0;
        for (; k + width <= span.Length; k += width)
            zeros += new System.Numerics.Vector<double>(span.Slice(k, width)) * System.Numerics.Vector<double>.Zero;
        for (; k < span.Length; k++)
            if (!double.IsFinite(span[k])) return false;
        return System.Numerics.Vector.EqualsAll(zeros, System.Numerics.Vector<double>.Zero);
    }

    private static Matrix<double> Load(Lowering.LoadInput l, Run run)
    {
        if (!run.Env.TryGetValue(l.Name, out var value))
            throw new EvaluationException(l.Source, $"the point gives no value for {l.Name}.", DiagnosticCode.Point);
        CheckShape(l, value, run.Env);
        // A point is immutable: each of its values is checked once, however many programs read it.
        var verified = Verified.GetValue(run.Env, _ => new System.Collections.Concurrent.ConcurrentDictionary<string, Matrix<double>>(StringComparer.Ordinal));
        if (verified.TryGetValue(l.Name, out var done) && ReferenceEquals(done, value)) return value;
        CheckFinite(value, l.Source);
        verified[l.Name] = value;
        return value;
    }

    private static readonly ConditionalWeakTable<Environment, System.Collections.Concurrent.ConcurrentDictionary<string, Matrix<double>>> Verified = new();

    private static int Size(Semantics.Dim dim, Expr e, Environment env) =>
        env.SizeOf(dim) ?? throw new EvaluationException(e, $"the size {dim} of {e} is not known at this point.", DiagnosticCode.Point);

    private static void CheckShape(Lowering.LoadInput l, Matrix<double> value, Environment env)
    {
        var rows = env.SizeOf(l.Target.Shape.Rows);
        var cols = env.SizeOf(l.Target.Shape.Cols);
        if ((rows is { } r && r != value.RowCount) || (cols is { } c && c != value.ColumnCount))
            throw new InvalidOperationException($"{l.Source} has shape {l.Target.Shape} but a {value.RowCount}×{value.ColumnCount} value at this point.");
    }
}

/// <summary>A program's outputs by name, in the program's order.</summary>
public sealed class ProgramValues(IReadOnlyList<(string Name, Matrix<double> Value)> values)
{
    public IReadOnlyList<string> Names => values.Select(v => v.Name).ToList();

    public Matrix<double> this[string name] =>
        values.FirstOrDefault(v => v.Name == name).Value ?? throw new KeyNotFoundException($"the program has no output {name}.");
}
