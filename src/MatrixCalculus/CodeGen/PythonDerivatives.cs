using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// The numbers of one derivative in the contract's layout. A closed form is one more root of the
/// program. A linear map V ↦ g(V) (a Hessian wrt a matrix, a Jacobian of a matrix function) is
/// printed as the map and applied to the column-major basis matrices, one column of
/// d vec(g) / d vec(X) each; what does not depend on V is computed once, before the loop.
/// A bilinear form d²f[V, W] is applied to pairs of basis matrices the same way.
/// </summary>
internal static class PythonDerivatives
{
    public static void Emit(StraightLine program, PythonBackend py, Plan plan, DerivativeOutput output, string target)
    {
        var d = output.Derivation;
        if (d.Direction is not { } v)
        {
            program.Bind(target, d.Result);
            return;
        }
        var symbols = plan.Symbols.ToDictionary(s => s.Name, s => s.Code);
        symbols[v.Name] = "_V";
        var lines = program.Lines;
        var size = py.Size(DimOps.Times(v.Shape.Rows, v.Shape.Cols));
        if (d.SecondDirection is { } w)
        {
            var outer = program.Loop([v.Name, w.Name], symbols, d.Result);
            symbols[w.Name] = "_W";
            var inner = outer.Loop([w.Name], symbols, d.Result);
            inner.Bind("_g", d.Result);
            lines.Add("_rows = []");
            lines.Add($"for _i in range({size}):");
            lines.AddRange(PythonText.Indent([.. Basis(py, "_V", "_i", v.Shape), .. outer.Lines, "_row = []", $"for _j in range({size}):"]));
            lines.AddRange(PythonText.Indent([.. Basis(py, "_W", "_j", w.Shape), .. inner.Lines, $"_row.append({Scalar(py, "_g")})"], 2));
            lines.Add($"    _rows.append({py.Lib}.stack(_row))");
            // entry (j, i) is d²f[E_i, E_j]
            lines.Add($"{target} = {py.Lib}.stack(_rows, {Axis(py)}=1)");
            return;
        }
        var body = program.Loop([v.Name], symbols, d.Result);
        body.Bind("_g", d.Result);
        lines.Add("_cols = []");
        lines.Add($"for _j in range({size}):");
        lines.AddRange(PythonText.Indent([.. Basis(py, "_V", "_j", v.Shape), .. body.Lines, $"_cols.append({Vec(py, "_g", d.Result.Shape)})"]));
        var matrix = $"{py.Lib}.stack(_cols, {Axis(py)}=1)";
        // A gradient given as V ↦ ⟨∇f, V⟩: one row of column-major entries, back to the variable's shape.
        lines.Add(output.VariableShaped
            ? $"{target} = {py.Lib}.reshape({matrix}, ({py.Size(v.Shape.Cols)}, {py.Size(v.Shape.Rows)})).T"
            : $"{target} = {matrix}");
    }

    private static string Axis(PythonBackend py) => py is TorchBackend ? "dim" : "axis";

    // The j-th column-major basis matrix: a 1 at row j mod r, column j div r.
    private static IEnumerable<string> Basis(PythonBackend py, string name, string index, Shape shape)
    {
        var (r, c) = (py.Size(shape.Rows), py.Size(shape.Cols));
        yield return py is TorchBackend
            ? $"{name} = _torch.zeros(({r}, {c}), dtype=_dt, device=_dev)"
            : $"{name} = _np.zeros(({r}, {c}))";
        yield return $"{name}[{index} % {r}, {index} // {r}] = 1.0";
    }

    private static string Scalar(PythonBackend py, string value) =>
        py is TorchBackend ? $"_torch.as_tensor({value}, dtype=_dt, device=_dev)" : value;

    private static string Vec(PythonBackend py, string value, Shape shape) => shape.IsScalar
        ? $"{py.Lib}.reshape({Scalar(py, value)}, (1,))"
        : $"{value}.T.reshape(-1)";
}
