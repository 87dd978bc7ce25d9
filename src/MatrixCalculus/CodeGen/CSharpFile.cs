using MatrixCalculus.Semantics;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// A generated C# file: the header, a static class over MathNet.Numerics with <c>FAndGrad</c>
/// (order 2: <c>FGradHess</c>) taking one parameter per symbol (double, Vector, Matrix) and
/// <c>Evaluate(point)</c> taking the values as the library's point does (a vector n×1, a scalar 1×1).
/// </summary>
internal static class CSharpFile
{
    public static string Write(Plan plan)
    {
        var function = plan.Order == 1 ? "FAndGrad" : "FGradHess";
        var lines = new List<string>();
        lines.AddRange(Header.Lines(plan, Language.CSharp, function).SelectMany(l => l.Split('\n')).Select(l => l.Length == 0 ? "//" : "// " + l.TrimEnd('\r')));
        lines.Add("");
        lines.Add("using System;");
        lines.Add("using System.Collections.Generic;");
        lines.Add("using System.Linq;");
        lines.Add("using MathNet.Numerics.LinearAlgebra;");
        lines.Add("using _M = System.Math;");
        lines.Add("");
        lines.Add("public static class MatcalcGenerated");
        lines.Add("{");
        var results = new[] { Type(Symbol.FormOf(plan.Compiled.Expression.Shape)) + " Value" }
            .Concat(plan.All.Select((o, i) => $"{Type(o.Form)} D{i + 1}"));
        var parameters = plan.Symbols.Select(s => $"{Type(s.Form)} {s.Code}");
        lines.Add($"    /// <summary>f and ({string.Join(", ", plan.All.Select(Header.Label))}) in the layout of `matcalc diff --at`.</summary>");
        lines.Add($"    public static ({string.Join(", ", results)}) {function}({string.Join(", ", parameters)})");
        lines.Add("    {");
        lines.AddRange(Indent(Body(plan), 2));
        lines.Add("    }");
        lines.Add("");
        lines.AddRange(Indent(Evaluate(plan, function), 1));
        lines.Add("");
        lines.AddRange(Indent(Helpers.Split('\n'), 1));
        lines.Add("}");
        return string.Join("\n", lines) + "\n";
    }

    private static string Type(ValueForm form) => form switch
    {
        ValueForm.Scalar => "double",
        ValueForm.Vector => "Vector<double>",
        _ => "Matrix<double>",
    };

    private static IEnumerable<string> Indent(IEnumerable<string> lines, int levels) =>
        lines.Select(l => l.Length == 0 ? l : new string(' ', 4 * levels) + l);

    private static IEnumerable<string> Body(Plan plan)
    {
        var lines = new List<string>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = SizeSource.Of(plan.Symbols);
        foreach (var s in plan.Symbols)
        {
            if (s.Form != ValueForm.Scalar) lines.Add($"if ({s.Code} is null) throw new ArgumentNullException(\"{s.Name}\");");
            foreach (var (dim, axis) in SizeSource.Axes(s))
            {
                var given = s.Form == ValueForm.Vector ? $"{s.Code}.Count" : axis == 0 ? $"{s.Code}.RowCount" : $"{s.Code}.ColumnCount";
                var what = $"{Escape(s.Name)} has {{{given}}} {SizeSource.AxisWord(s, axis)}";
                if (dim is Dim.Named { Name: var name } && !name.Contains('·') && sources.First(x => x.Dimension == name) is var source && source.Symbol == s && source.Axis == axis)
                {
                    lines.Add($"int {Identifiers.Size(name)} = {given};");
                    continue;
                }
                var expected = CSharpProgram.Size(dim);
                var origin = dim is Dim.Named { Name: var n } && !n.Contains('·') && sources.First(x => x.Dimension == n) is var from
                    ? $" (the {SizeSource.AxisWord(from.Symbol, from.Axis)} of {Escape(from.Symbol.Name)})" : "";
                lines.Add($"if ({given} != {expected}) throw new ArgumentException($\"{what}, but {Escape(dim.ToString())} is {{{expected}}}{origin}.\");");
            }
            names[s.Name] = s.Form == ValueForm.Vector ? "_" + s.Code.TrimStart('@') + "_" : s.Code;
        }
        // Product sizes (n·m) are checked after every plain size is known.
        lines = [.. lines.OrderBy(Rank)];
        foreach (var s in plan.Symbols.Where(s => s.Form == ValueForm.Vector))
            lines.Add($"var {names[s.Name]} = {s.Code}.ToColumnMatrix();");
        // f, then each derivative, from the one lowered program the evaluator also runs.
        var program = plan.Program;
        var printer = new CSharpProgram(new ProgramReading(program), names);
        lines.AddRange(printer.Lines(program.Instructions));
        var forms = plan.All.Select(o => o.Form).Prepend(Symbol.FormOf(plan.Compiled.Expression.Shape));
        var results = program.Outputs.Zip(forms, (output, form) => Output(printer.Name(output.Slot), form));
        lines.Add($"return ({string.Join(", ", results)});");
        return lines;
    }

    // Declarations of sizes keep their order; checks that read a product size go last.
    private static int Rank(string line) => line.StartsWith("if", StringComparison.Ordinal) && line.Contains(" * ") ? 1 : 0;

    private static string Output(string value, ValueForm form) => form == ValueForm.Vector ? $"{value}.Column(0)" : value;

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("{", "{{").Replace("}", "}}");

    private static IEnumerable<string> Evaluate(Plan plan, string function)
    {
        int first = plan.Order == 1 ? 1 : 1 + plan.Gradients.Count;
        yield return "/// <summary>";
        yield return "/// f and its derivative(s) at a point named as in POINT.json (a vector n×1, a scalar 1×1), in the";
        yield return "/// layout of `matcalc diff --at`: Derivatives holds " + string.Join(", ", plan.Reported.Select(o => o.Key)) + ".";
        yield return "/// </summary>";
        yield return "public static (Matrix<double> Value, Matrix<double>[] Derivatives) Evaluate(IReadOnlyDictionary<string, Matrix<double>> point)";
        yield return "{";
        var args = plan.Symbols.Select(s =>
        {
            var spelled = SymbolNames.Spelled(s.Name) is { } word ? $", \"{word}\"" : "";
            var value = $"_Arg(point, \"{Escape(s.Name)}\"{spelled})";
            return s.Form switch { ValueForm.Scalar => $"{value}[0, 0]", ValueForm.Vector => $"{value}.Column(0)", _ => value };
        });
        yield return $"    var _out = {function}({string.Join(", ", args)});";
        var value = Matrixed("_out.Value", Symbol.FormOf(plan.Compiled.Expression.Shape));
        var derivatives = plan.Reported.Select((o, i) => Matrixed($"_out.D{first + i}", o.Form));
        yield return $"    return ({value}, new[] {{ {string.Join(", ", derivatives)} }});";
        yield return "}";
    }

    private static string Matrixed(string value, ValueForm form) => form switch
    {
        ValueForm.Scalar => $"Matrix<double>.Build.Dense(1, 1, {value})",
        ValueForm.Vector => $"{value}.ToColumnMatrix()",
        _ => value,
    };

    private const string Helpers = """
        // A Greek symbol may be given by its letter or its spelled name.
        private static Matrix<double> _Arg(IReadOnlyDictionary<string, Matrix<double>> point, params string[] names)
        {
            foreach (var name in names)
                if (point.TryGetValue(name, out var value)) return value;
            throw new KeyNotFoundException($"the point gives no value for {names[0]}.");
        }

        // diag(v) M and M diag(v) as scalings: O(nm), never the n×n diagonal.
        // A vector may be held as a column or a row: its entries in storage order either way.
        private static Matrix<double> _ScaleRows(Matrix<double> v, Matrix<double> m)
        {
            var d = v.ToColumnMajorArray();
            return m.MapIndexed((i, j, x) => d[i] * x, Zeros.Include);
        }

        private static Matrix<double> _ScaleColumns(Matrix<double> m, Matrix<double> v)
        {
            var d = v.ToColumnMajorArray();
            return m.MapIndexed((i, j, x) => x * d[j], Zeros.Include);
        }

        // u v' from the entries of two vectors of either orientation
        private static Matrix<double> _Outer(Matrix<double> u, Matrix<double> v)
        {
            var (a, b) = (u.ToColumnMajorArray(), v.ToColumnMajorArray());
            return Matrix<double>.Build.Dense(a.Length, b.Length, (i, j) => a[i] * b[j]);
        }

        // Columns of K reordered from vec(V') to vec(V) for an m×n V: column a + m·b is column b + n·a.
        private static Matrix<double> _Commute(Matrix<double> k, int m, int n) =>
            Matrix<double>.Build.Dense(k.RowCount, m * n, (i, j) => k[i, j / m + n * (j % m)]);

        private static double _Sum(Matrix<double> a) => a.Enumerate().Sum();
        private static double _Norm1(Matrix<double> a) => a.Enumerate().Sum(_M.Abs);
        private static double _Inner(Matrix<double> a, Matrix<double> b) => a.PointwiseMultiply(b).Enumerate().Sum();
        // vec stacks the columns: MathNet stores column-major, so vec is the storage order.
        private static Matrix<double> _Vec(Matrix<double> a) => Matrix<double>.Build.DenseOfColumnMajor(a.RowCount * a.ColumnCount, 1, a.ToColumnMajorArray());

        // log det from the LU factors: det itself under- or overflows long before its log.
        private static double _LogDet(Matrix<double> a)
        {
            var lu = a.LU();
            if (_M.Sign(lu.Determinant) <= 0) throw new ArithmeticException("log det of a matrix whose determinant is not positive.");
            return lu.U.Diagonal().Enumerate().Sum(u => _M.Log(_M.Abs(u)));
        }

        // softmax(v) = exp(v - max v) / Σ exp(v - max v); logsumexp(a) = max a + log Σ exp(a - max a).
        private static Matrix<double> _Softmax(Matrix<double> v)
        {
            double max = v.Enumerate().Max();
            var e = v.Map(x => _M.Exp(x - max), Zeros.Include);
            return e / e.Enumerate().Sum();
        }

        private static double _LogSumExp(Matrix<double> a)
        {
            double max = a.Enumerate().Max();
            return max + _M.Log(a.Enumerate().Sum(x => _M.Exp(x - max)));
        }

        // logsumexp of each row (a column) or each column (a row); softmax of each, t - logsumexp(t) exponentiated.
        private static Matrix<double> _LogSumExpAlong(Matrix<double> t, bool rows)
        {
            var slices = (rows ? t.EnumerateRows() : t.EnumerateColumns()).Select(s => { double m = s.Maximum(); return m + _M.Log(s.Sum(x => _M.Exp(x - m))); }).ToArray();
            return rows ? Matrix<double>.Build.Dense(slices.Length, 1, slices) : Matrix<double>.Build.Dense(1, slices.Length, slices);
        }

        private static Matrix<double> _SoftmaxAlong(Matrix<double> t, bool rows)
        {
            var lse = _LogSumExpAlong(t, rows);
            return t.MapIndexed((i, j, x) => _M.Exp(x - (rows ? lse[i, 0] : lse[0, j])), Zeros.Include);
        }

        private static double _Exp(double x) => _M.Exp(x);
        private static double _Log(double x) => _M.Log(x);
        private static double _Sin(double x) => _M.Sin(x);
        private static double _Cos(double x) => _M.Cos(x);
        private static double _Tan(double x) => _M.Tan(x);
        private static double _Arcsin(double x) => _M.Asin(x);
        private static double _Arccos(double x) => _M.Acos(x);
        private static double _Arctan(double x) => _M.Atan(x);
        private static double _Tanh(double x) => _M.Tanh(x);
        private static double _Sqrt(double x) => _M.Sqrt(x);
        private static double _Abs(double x) => _M.Abs(x);
        private static double _Sign(double x) => _M.Sign(x);
        // σ(x) = 1/(1 + e^-x), written to avoid overflow for large |x|
        private static double _Sigmoid(double x) => x >= 0 ? 1 / (1 + _M.Exp(-x)) : _M.Exp(x) / (1 + _M.Exp(x));
        private static double _Relu(double x) => _M.Max(x, 0);
        // softplus(x) = log(1 + e^x) = max(x, 0) + log(1 + e^-|x|)
        private static double _Softplus(double x) => _M.Max(x, 0) + _M.Log(1 + _M.Exp(-_M.Abs(x)));
        private static double _Step(double x) => x > 0 ? 1 : 0;
        """;
}
