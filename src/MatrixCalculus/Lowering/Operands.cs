namespace MatrixCalculus.Lowering;

/// <summary>The slots an instruction reads, for liveness (buffer reuse) and dependency walks.</summary>
public static class Operands
{
    public static IEnumerable<Slot> Of(Instruction i) => i switch
    {
        LoadInput or Fill or LoadIdentity or LoadCommutation => [],
        Combine c => c.Terms,
        ScaleBy s => s.Factor is { } f ? [f, s.Arg] : [s.Arg],
        DivideBy d => [d.Arg, d.Denominator],
        MatrixProduct p => [p.Left, p.Right],
        CommuteRows c => [c.Matrix],
        CommuteColumns c => [c.Matrix],
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
        BatchSoftmax s => [s.Arg],
        BatchLogSumExp l => [l.Arg],
        DiagonalMatrix d => [d.Vector],
        DiagonalOf d => [d.Matrix],
        Reshape r => [r.Arg],
        AssembleLinearMap m => m.Terms.SelectMany(TermSlots),
        // A loop reads what its body reads from outside it.
        BasisColumns b => Outside(b),
        _ => throw new InvalidOperationException($"no operands known for {i.GetType().Name}."),
    };

    private static IEnumerable<Slot> TermSlots(MapTerm t)
    {
        if (t.Factor is { } f) yield return f;
        switch (t)
        {
            case SandwichTerm s:
                if (s.Left is { } l) yield return l;
                if (s.Right is { } r) yield return r;
                break;
            case RankOneTerm rank:
                yield return rank.Output;
                yield return rank.Input;
                break;
            case EntrywiseTerm e:
                yield return e.Weights;
                break;
        }
    }

    private static IEnumerable<Slot> Outside(BasisColumns b)
    {
        var inside = b.Body.Select(i => i.Target).ToHashSet();
        return b.Body.SelectMany(Of).Where(s => !inside.Contains(s)).Distinct();
    }
}
