using MatrixCalculus.Calculus;
using MatrixCalculus.Semantics;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// A generated Python module: the header, one import, the helpers it uses, the function with one
/// parameter per symbol, <c>evaluate(point)</c>, and the self-check run as a script.
/// </summary>
internal static class PythonFile
{
    public static string Write(Plan plan, Language language)
    {
        PythonBackend py = language == Language.PyTorch ? new TorchBackend() : new NumPyBackend();
        var function = plan.Order == 1 ? "f_and_grad" : "f_grad_hess";
        var body = new List<string>();
        body.AddRange(PythonInputs.Lines(plan, language));
        body.AddRange(Program(plan, py));
        var file = new List<string>();
        file.AddRange(PythonText.Comment(Header.Lines(plan, language, function)));
        file.Add("");
        file.Add(language == Language.PyTorch ? "import torch as _torch" : "import numpy as _np");
        file.Add("");
        foreach (var helper in Helpers(py, language))
        {
            file.Add("");
            file.AddRange(helper.TrimEnd().Split('\n'));
        }
        file.Add("");
        file.Add("");
        file.Add($"def {function}({string.Join(", ", plan.Symbols.Select(s => s.Code))}):");
        file.AddRange(PythonText.Indent(Docstring(plan, language)));
        file.AddRange(PythonText.Indent(body));
        file.Add("");
        file.Add("");
        file.AddRange(Evaluate(plan, function));
        file.Add("");
        file.Add("");
        file.AddRange(PythonSelfCheck.Lines(plan, language, function));
        return string.Join("\n", file) + "\n";
    }

    // f, then each derivative, from the one lowered program the evaluator also runs.
    private static IEnumerable<string> Program(Plan plan, PythonBackend py)
    {
        var program = plan.Program;
        var printer = new PythonProgram(py, new ProgramReading(program), plan.Symbols.ToDictionary(s => s.Name, s => s.Code));
        var lines = printer.Lines(program.Instructions);
        var forms = plan.All.Select(o => o.Form).Prepend(Symbol.FormOf(plan.Compiled.Expression.Shape));
        var results = program.Outputs.Zip(forms, (output, form) => Output(py, printer.Name(output.Slot), form));
        return [.. lines, $"return {string.Join(", ", results)}"];
    }

    // Internal values are 2-D; the caller gets the contract's layout (number, 1-D, 2-D).
    private static string Output(PythonBackend py, string value, ValueForm form) => (py, form) switch
    {
        (TorchBackend, ValueForm.Scalar) => $"_torch.as_tensor({value}, dtype=_dt, device=_dev)",
        (TorchBackend, ValueForm.Vector) => $"_torch.as_tensor({value}, dtype=_dt, device=_dev).reshape(-1)",
        (TorchBackend, _) => $"_torch.as_tensor({value}, dtype=_dt, device=_dev)",
        (_, ValueForm.Scalar) => $"float({value})",
        (_, ValueForm.Vector) => $"_np.reshape({value}, -1)",
        _ => $"_np.asarray({value})",
    };

    private static IEnumerable<string> Docstring(Plan plan, Language language)
    {
        var kind = language == Language.PyTorch ? "tensors (any device and dtype; the first tensor decides)" : "arrays";
        yield return "\"\"\"";
        yield return $"f and its derivatives at {string.Join(", ", plan.Symbols.Select(s => s.Code))}, given as {kind}:";
        yield return "a scalar as a number, a vector as a 1-D array, a matrix as a 2-D array.";
        yield return $"Returns (f, {string.Join(", ", plan.All.Select(Header.Label))}) in the layout of `matcalc diff --at`.";
        yield return "\"\"\"";
    }

    private static IEnumerable<string> Evaluate(Plan plan, string function)
    {
        yield return "def evaluate(point):";
        yield return "    \"\"\"{\"value\": f, \"derivative\": d} at a point {symbol: value} named as in POINT.json.\"\"\"";
        var args = plan.Symbols.Select(s =>
            SymbolNames.Spelled(s.Name) is { } spelled
                ? $"_arg(point, {PythonText.String(s.Name)}, {PythonText.String(spelled)})"
                : $"_arg(point, {PythonText.String(s.Name)})");
        yield return $"    _out = {function}({string.Join(", ", args)})";
        int first = plan.Order == 1 ? 1 : 1 + plan.Gradients.Count;
        var reported = plan.Reported;
        var derivative = reported.Count == 1
            ? $"_out[{first}]"
            : "{" + string.Join(", ", reported.Select((o, i) => $"{PythonText.String(o.Key)}: _out[{first + i}]")) + "}";
        yield return $"    return {{\"value\": _out[0], \"derivative\": {derivative}}}";
        yield return "";
        yield return "";
        yield return "def _arg(point, *names):";
        yield return "    # a Greek symbol may be given by its letter or its spelled name";
        yield return "    for name in names:";
        yield return "        if name in point:";
        yield return "            return point[name]";
        yield return "    raise KeyError(\"the point gives no value for \" + names[0])";
    }

    private static IEnumerable<string> Helpers(PythonBackend py, Language language)
    {
        var definitions = py.Definitions;
        if (language == Language.PyTorch) yield return TorchLike;
        foreach (var name in py.Helpers) yield return definitions[name];
    }

    private const string TorchLike = """
        def _like(*values):
            # the dtype and device of the first floating tensor argument; numbers and lists follow it,
            # and without any tensor the work is done in float64 (as NumPy would)
            for v in values:
                if isinstance(v, _torch.Tensor) and v.is_floating_point():
                    return v.dtype, v.device
            for v in values:
                if isinstance(v, _torch.Tensor):
                    return _torch.float64, v.device
            return _torch.float64, None
        """;
}
