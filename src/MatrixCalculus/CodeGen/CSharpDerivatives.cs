using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>The numbers of one derivative in C#: a closed form, or a map applied to basis matrices (see <see cref="PythonDerivatives"/>).</summary>
internal static class CSharpDerivatives
{
    public static void Emit(StraightLine program, CSharpBackend cs, Plan plan, IReadOnlyDictionary<string, string> names, DerivativeOutput output, string target)
    {
        var d = output.Derivation;
        if (d.Direction is not { } v)
        {
            program.Bind(target, d.Result);
            return;
        }
        var symbols = new Dictionary<string, string>(names, StringComparer.Ordinal) { [v.Name] = "_V" };
        var lines = program.Lines;
        var size = cs.Size(DimOps.Times(v.Shape.Rows, v.Shape.Cols));
        if (d.SecondDirection is { } w)
        {
            var outer = program.Loop([v.Name, w.Name], symbols, d.Result);
            symbols[w.Name] = "_W";
            var inner = outer.Loop([w.Name], symbols, d.Result);
            inner.Bind("_g", d.Result);
            // entry (j, i) is d²f[E_i, E_j]
            lines.Add($"var {target} = Matrix<double>.Build.Dense({size}, {size});");
            lines.Add($"for (int _i = 0; _i < {size}; _i++)");
            lines.Add("{");
            lines.AddRange(Indent([.. Basis(cs, "_V", "_i", v.Shape), .. outer.Lines, $"for (int _j = 0; _j < {size}; _j++)", "{"]));
            lines.AddRange(Indent([.. Basis(cs, "_W", "_j", w.Shape), .. inner.Lines, $"{target}[_j, _i] = _g;"], 2));
            lines.Add("    }");
            lines.Add("}");
            return;
        }
        var body = program.Loop([v.Name], symbols, d.Result);
        body.Bind("_g", d.Result);
        var (r, c) = (cs.Size(v.Shape.Rows), cs.Size(v.Shape.Cols));
        lines.Add(output.VariableShaped
            ? $"var {target} = Matrix<double>.Build.Dense({r}, {c});"
            : $"var {target} = Matrix<double>.Build.Dense({cs.Size(DimOps.Times(d.Result.Shape.Rows, d.Result.Shape.Cols))}, {size});");
        lines.Add($"for (int _j = 0; _j < {size}; _j++)");
        lines.Add("{");
        // A gradient given as V ↦ ⟨∇f, V⟩ has the variable's shape; any other map gives column j of d vec(g) / d vec(X).
        var store = output.VariableShaped ? $"{target}[_j % {r}, _j / {r}] = _g;"
            : d.Result.Shape.IsScalar ? $"{target}[0, _j] = _g;"
            : $"{target}.SetColumn(_j, _g.ToColumnMajorArray());";
        lines.AddRange(Indent([.. Basis(cs, "_V", "_j", v.Shape), .. body.Lines, store]));
        lines.Add("}");
    }

    private static IEnumerable<string> Indent(IEnumerable<string> lines, int levels = 1) =>
        lines.Select(l => new string(' ', 4 * levels) + l);

    // The j-th column-major basis matrix: a 1 at row j mod r, column j div r.
    private static IEnumerable<string> Basis(CSharpBackend cs, string name, string index, Shape shape)
    {
        var (r, c) = (cs.Size(shape.Rows), cs.Size(shape.Cols));
        yield return $"var {name} = Matrix<double>.Build.Dense({r}, {c});";
        yield return $"{name}[{index} % {r}, {index} / {r}] = 1.0;";
    }
}
