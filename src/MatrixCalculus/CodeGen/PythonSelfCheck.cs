using MatrixCalculus.Calculus;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// The self-check a generated module runs as a script: random data of unequal sizes in the
/// expression's domain, then each derivative against central differences of what it
/// differentiates (f, or a gradient for a second derivative) along three random directions
/// that keep the variable's structure, with the tolerances of <c>matcalc check</c>. It prints the
/// largest relative error and exits 0 when every comparison passes, 1 when one does not.
/// </summary>
internal static class PythonSelfCheck
{
    public static IEnumerable<string> Lines(Plan plan, Language language, string function)
    {
        bool torch = language == Language.PyTorch;
        var draws = SelfCheckRecipe.Of(plan);
        var lines = new List<string>();
        lines.AddRange((torch ? TorchTools : NumPyTools).Split('\n'));
        lines.AddRange(CommonTools.Replace("FUNCTION", function).Split('\n'));
        lines.Add("");
        lines.Add("");
        lines.Add("def _self_check():");
        lines.Add(torch ? "    _rng = _torch.Generator().manual_seed(1)" : "    _rng = _np.random.default_rng(1)");
        lines.Add("    _args = [");
        foreach (var d in draws)
            lines.Add($"        _draw(_rng, {d.Rows}, {d.Cols}, {PythonText.Number(d.Low)}, {PythonText.Number(d.High)}, \"{d.Structure}\", \"{d.Symbol.Form.ToString().ToLowerInvariant()}\"),  # {d.Symbol.Name}");
        lines.Add("    ]");
        lines.Add("    _checks = [");
        var outputs = plan.All;
        for (int i = 0; i < outputs.Count; i++)
        {
            var o = outputs[i];
            int position = plan.Symbols.ToList().FindIndex(s => s.Var == o.Derivation.Wrt);
            var structure = draws[position].Structure;
            double tolerance = o.Derivation.Order == 2 ? Checker.SecondOrderTolerance : Checker.FirstOrderTolerance;
            lines.Add($"        ({i + 1}, {position}, {o.Base}, {(o.VariableShaped ? "True" : "False")}, \"{structure}\", {PythonText.Number(tolerance)}),  # {Header.Label(o)}");
        }
        lines.Add("    ]");
        lines.Add("    return _run_checks(_rng, _args, _checks)");
        lines.Add("");
        lines.Add("");
        lines.Add("if __name__ == \"__main__\":");
        lines.Add("    raise SystemExit(0 if _self_check() else 1)");
        return lines;
    }

    private const string NumPyTools = """
        def _draw(rng, rows, cols, low, high, structure, form):
            b = low + (high - low) * rng.random((rows, cols))
            if structure == "spd":
                b = b @ b.T + rows * _np.eye(rows)
            elif structure == "symmetric":
                b = (b + b.T) / 2
            elif structure == "diagonal":
                b = _np.diag(_np.diag(b))
            return b[0, 0] if form == "scalar" else b[:, 0] if form == "vector" else b


        def _random_direction(rng, x, structure):
            x = _np.asarray(x, dtype=_np.float64)
            v = 2 * rng.random(x.shape) - 1
            if structure == "diagonal":
                v = _np.diag(_np.diag(v))
            elif structure in ("symmetric", "spd"):
                v = (v + v.T) / 2
            v = v * _np.maximum(1.0, _np.abs(x))
            n = _np.linalg.norm(v)
            return v / n if n > 0 else v


        def _vec(a):
            # column-major, as vec stacks columns
            return _np.reshape(_np.asarray(a, dtype=_np.float64).T, -1)


        def _norm(a):
            return float(_np.linalg.norm(a))


        def _rows(a, n):
            return _np.reshape(_np.asarray(a, dtype=_np.float64), (-1, n))
        """;

    private const string TorchTools = """
        def _draw(rng, rows, cols, low, high, structure, form):
            b = low + (high - low) * _torch.rand((rows, cols), generator=rng, dtype=_torch.float64)
            if structure == "spd":
                b = b @ b.T + rows * _torch.eye(rows, dtype=_torch.float64)
            elif structure == "symmetric":
                b = (b + b.T) / 2
            elif structure == "diagonal":
                b = _torch.diag(_torch.diagonal(b))
            return b[0, 0] if form == "scalar" else b[:, 0] if form == "vector" else b


        def _random_direction(rng, x, structure):
            x = _torch.as_tensor(x, dtype=_torch.float64)
            v = 2 * _torch.rand(x.shape, generator=rng, dtype=_torch.float64) - 1
            if structure == "diagonal":
                v = _torch.diag(_torch.diagonal(v))
            elif structure in ("symmetric", "spd"):
                v = (v + v.T) / 2
            v = v * _torch.clamp(_torch.abs(x), min=1.0)
            n = _torch.linalg.norm(v)
            return v / n if n > 0 else v


        def _vec(a):
            # column-major, as vec stacks columns
            a = _torch.as_tensor(a, dtype=_torch.float64)
            return (a.T if a.ndim == 2 else a).reshape(-1)


        def _norm(a):
            return float(_torch.linalg.norm(a))


        def _rows(a, n):
            return _torch.as_tensor(a, dtype=_torch.float64).reshape(-1, n)
        """;

    // Each check: (output, argument, the output it differentiates, variable-shaped?, structure, tolerance).
    // A variable-shaped derivative G pairs with a direction V as <G, V>; any other is the matrix
    // d vec(g) / d vec(x) and multiplies vec(V). Both sides are compared norm-wise, as `check` does.
    private const string CommonTools = """


        def _run_checks(rng, args, checks):
            out = FUNCTION(*args)
            worst = 0.0
            passed = True
            for output, position, base, shaped, structure, tolerance in checks:
                x = args[position]
                h = 1e-6 * max(1.0, _norm(x))
                for _ in range(3):
                    v = _random_direction(rng, x, structure)
                    plus, minus = list(args), list(args)
                    plus[position], minus[position] = x + h * v, x - h * v
                    numeric = (_vec(FUNCTION(*plus)[base]) - _vec(FUNCTION(*minus)[base])) / (2 * h)
                    d = out[output]
                    if shaped:
                        exact = _vec((_vec(d) * _vec(v)).sum())
                    else:
                        exact = _rows(d, _vec(v).shape[0]) @ _vec(v)
                    error = _norm(numeric - exact)
                    scale = max(_norm(numeric), _norm(exact))
                    relative = error / scale if scale > 0 else 0.0
                    worst = max(worst, relative)
                    passed = passed and (relative <= tolerance or error <= 1e-8)
            print(f"largest relative error {worst:.3g} against central differences: {'pass' if passed else 'FAIL'}")
            return passed
        """;
}
