using System.Text;

namespace MatrixCalculus.Lowering;

/// <summary>
/// A program as text, one instruction a line: <c>t3 = t1' * t2    # X'(σ(Xw) - y), d×1</c>.
/// For reading and for test failures; the code generators print the program their own way.
/// </summary>
public static class ProgramText
{
    public static string Print(Program program)
    {
        var text = new StringBuilder();
        foreach (var input in program.Inputs) text.AppendLine($"input {input.Name}: {input.Shape}");
        foreach (var instruction in program.Instructions) Line(text, instruction, "");
        foreach (var output in program.Outputs) text.AppendLine($"{output.Name} = {output.Slot}");
        return text.ToString();
    }

    private static void Line(StringBuilder text, Instruction i, string indent)
    {
        text.AppendLine($"{indent}{i.Target} = {Operation(i)}    # {i.Source}, {i.Target.Shape}");
        if (i is BasisColumns loop)
            foreach (var inner in loop.Body) Line(text, inner, indent + "    ");
    }

    private static string Operation(Instruction i) => i switch
    {
        LoadInput l => l.Name,
        Fill f => $"fill({f.Value})",
        LoadIdentity => "I",
        LoadCommutation k => $"K_{{{k.Matrix.M},{k.Matrix.N}}}",
        Combine c => string.Join(" + ", c.Terms),
        ScaleBy s => $"{s.Constant}{(s.Factor is { } f ? $" * {f}" : "")} * {s.Arg}",
        DivideBy d => $"{d.Arg} / {d.Denominator}",
        MatrixProduct p => $"{Op(p.Left, p.TransposeLeft)} * {Op(p.Right, p.TransposeRight)}",
        CommuteRows c => $"K_{{{c.Permutation.M},{c.Permutation.N}}} {Op(c.Matrix, c.TransposeMatrix)}",
        CommuteColumns c => $"{Op(c.Matrix, c.TransposeMatrix)} K_{{{c.Permutation.M},{c.Permutation.N}}}",
        ScaleRows s => $"diag({s.Diagonal}) {Op(s.Matrix, s.TransposeMatrix)}",
        ScaleColumns s => $"{Op(s.Matrix, s.TransposeMatrix)} diag({s.Diagonal})",
        AddDiagonal a => $"{a.Matrix} + diag({a.Diagonal})",
        OuterProduct o => $"outer({o.Left}, {o.Right})",
        TransposeOf t => $"{t.Arg}'",
        InverseOf v => $"inv({v.Arg})",
        PowerOf p => $"{p.Base}^{p.Exponent}",
        KroneckerProduct k => $"kron({k.Left}, {k.Right})",
        TraceOf t => $"tr({t.Arg})",
        DeterminantOf d => $"det({d.Arg})",
        LogDeterminantOf l => $"logdet({l.Arg})",
        SumOf s => $"sum({s.Arg})",
        InnerProduct p => $"<{p.Left}, {p.Right}>",
        LogSumExpOf l => $"logsumexp({l.Arg})",
        NormOf n => $"norm{n.Kind}({n.Arg})",
        HadamardProduct h => $"{h.Left} .* {h.Right}",
        HadamardQuotient h => $"{h.Left} ./ {h.Right}",
        EntrywisePower p => $"{p.Base} .^ {p.Exponent}",
        ApplyFunction a => $"{a.Function}({a.Arg})",
        SoftmaxOf s => $"softmax({s.Arg})",
        BatchSoftmax s => $"{(s.Log ? "log_" : "")}softmax_{s.Along.ToString().ToLowerInvariant()}({s.Arg})",
        BatchLogSumExp l => $"logsumexp_{l.Along.ToString().ToLowerInvariant()}({l.Arg})",
        DiagonalMatrix d => $"diag({d.Vector})",
        DiagonalOf d => $"diagonal({d.Matrix})",
        Reshape r => $"reshape({r.Arg})",
        AssembleLinearMap m => $"assemble {m.Direction}: " + string.Join(" + ", m.Terms.Select(Term)),
        BasisColumns b => $"for each basis direction {b.Direction.Name}: vec({b.Result})",
        _ => i.GetType().Name,
    };

    private static string Op(Slot s, bool transposed) => transposed ? $"{s}'" : s.ToString();

    private static string Term(MapTerm t)
    {
        var scale = $"{t.Constant}{(t.Factor is { } f ? $"·{f}" : "")}";
        return t switch
        {
            SandwichTerm s => $"{scale}·{s.Left?.ToString() ?? "I"} V{(s.TransposeDirection ? "'" : "")} {s.Right?.ToString() ?? "I"}",
            RankOneTerm r => $"{scale}·<{r.Input}, V> {r.Output}",
            EntrywiseTerm e => $"{scale}·{e.Weights} .* V",
            _ => t.GetType().Name,
        };
    }
}
