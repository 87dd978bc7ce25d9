using MatrixCalculus.Semantics;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// The first lines of a generated Python function: each argument made an array (NumPy) or a
/// tensor on the inputs' device and dtype (PyTorch), its number of axes and its sizes checked
/// with a message that names the symbol and the dimension, then vectors made columns.
/// </summary>
internal static class PythonInputs
{
    public static IEnumerable<string> Lines(Plan plan, Language language)
    {
        var lines = new List<string>();
        if (language == Language.PyTorch)
            lines.Add($"_dt, _dev = _like({string.Join(", ", plan.Symbols.Select(s => s.Code))})");
        foreach (var s in plan.Symbols)
        {
            lines.Add(language == Language.PyTorch
                ? $"{s.Code} = _torch.as_tensor({s.Code}, dtype=_dt, device=_dev)"
                : $"{s.Code} = _np.asarray({s.Code}, dtype=_np.float64)");
            int axes = s.Form switch { ValueForm.Scalar => 0, ValueForm.Vector => 1, _ => 2 };
            lines.Add($"if {s.Code}.ndim != {axes}:");
            lines.Add($"    raise ValueError(f\"{PythonText.InFString($"{s.Name} must be a {s.Description}, given an array of shape ")}{{tuple({s.Code}.shape)}}\")");
        }
        var sources = SizeSource.Of(plan.Symbols);
        var products = new List<string>();
        foreach (var s in plan.Symbols)
            foreach (var (dim, axis) in SizeSource.Axes(s))
            {
                var given = $"{s.Code}.shape[{axis}]";
                var what = $"{s.Name} has {{{given}}} {SizeSource.AxisWord(s, axis)}";
                switch (dim)
                {
                    case Dim.Known k:
                        lines.Add($"if {given} != {k.Value}:");
                        lines.Add($"    raise ValueError(f\"{Escape(what)}, not {k.Value}\")");
                        break;
                    case Dim.Named { Name: var name } when name.Contains('·'):
                        var size = Size(dim);
                        products.Add($"if {given} != {size}:");
                        products.Add($"    raise ValueError(f\"{Escape(what)}, but {PythonText.InFString(name)} is {{{size}}}\")");
                        break;
                    case Dim.Named { Name: var name }:
                        var source = sources.First(x => x.Dimension == name);
                        if (source.Symbol == s && source.Axis == axis)
                        {
                            lines.Add($"{Identifiers.Size(name)} = {given}");
                            break;
                        }
                        lines.Add($"if {given} != {Identifiers.Size(name)}:");
                        lines.Add($"    raise ValueError(f\"{Escape(what)}, but {PythonText.InFString(name)} is {{{Identifiers.Size(name)}}} (the {SizeSource.AxisWord(source.Symbol, source.Axis)} of {PythonText.InFString(source.Symbol.Name)})\")");
                        break;
                }
            }
        lines.AddRange(products);
        foreach (var s in plan.Symbols.Where(s => s.Form == ValueForm.Vector))
            lines.Add($"{s.Code} = {s.Code}.reshape(-1, 1)");
        return lines;
    }

    // The message's literal parts escaped for an f-string, its {…} holes kept.
    private static string Escape(string what)
    {
        int open = what.IndexOf('{');
        int close = what.IndexOf('}');
        return PythonText.InFString(what[..open]) + what[open..(close + 1)] + PythonText.InFString(what[(close + 1)..]);
    }

    private static string Size(Dim dim) => new NumPyBackend().Size(dim);
}
