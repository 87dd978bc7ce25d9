using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Numerics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Cli.Tests.Fuzz;

/// <summary>
/// POINT.json texts for an expression: a valid one drawn by <see cref="RandomPoint"/>, then broken
/// in one of the ways a hand-written file breaks (a member missing or twice, a value of the wrong
/// shape, a ragged matrix, NaN, a string, nesting past the JSON reader's depth, a singular or
/// asymmetric matrix, junk) or by a text mutation.
/// </summary>
public sealed class PointFuzzer(Mutator mutator, Random random)
{
    private static readonly string[] BadNumbers = ["NaN", "Infinity", "-Infinity", "1e999", "\"s\"", "null", "true", "{}", "[]", "-0", "1e308", "1e-320"];
    private static readonly string[] Junk = ["", "   ", "null", "[]", "{", "}", "not json", "{\"x\": }", "{\"x\" [1]}", "{,}", "\uFEFF{}", "{} {}", "[{}]", "\"x\""];

    public static string Valid(CompiledExpression compiled, int seed)
    {
        var point = RandomPoint.Generate(compiled.Expression, compiled.Symbols, seed);
        return Object(compiled.Symbols.Select(s => (s.Name, ValueText(s, point[s.Name]))).ToList());
    }

    public string Mutated(CompiledExpression compiled, int seed)
    {
        var point = RandomPoint.Generate(compiled.Expression, compiled.Symbols, seed);
        var members = compiled.Symbols.Select(s => (s.Name, ValueText(s, point[s.Name]))).ToList();
        if (members.Count == 0 || mutator.Chance(0.2)) return mutator.Mutate(Object(members), FuzzCorpus.JsonFragments);
        int i = random.Next(members.Count);
        var (name, value) = members[i];
        var symbol = compiled.Symbols[i];
        switch (random.Next(10))
        {
            case 0: members.RemoveAt(i); break;
            case 1: members.Add((name, value)); break;
            case 2: members[i] = (name, Shaped(random.Next(5), random.Next(5), random.Next(3))); break;
            case 3: members[i] = (name, Ragged(point[name])); break;
            case 4: members[i] = (name, ReplaceOneNumber(value)); break;
            case 5: members.Insert(random.Next(members.Count + 1), (mutator.Pick(["zz", "α", "alpha", "", "x ", "\u202Ex", "V"]), value)); break;
            case 6: members[i] = (name, new string('[', 70) + value + new string(']', 70)); break;
            case 7 when !symbol.Shape.IsScalar && !symbol.Shape.IsColumn:
                members[i] = (name, ValueText(symbol, Singular(point[name]))); break;
            case 8: return mutator.Pick(Junk);
            default: return mutator.Mutate(Object(members), FuzzCorpus.JsonFragments);
        }
        return Object(members);
    }

    private static string Object(IEnumerable<(string Name, string Value)> members) =>
        "{" + string.Join(", ", members.Select(m => $"\"{m.Name}\": {m.Value}")) + "}";

    private static string ValueText(Var symbol, Matrix<double> value) => symbol.Shape switch
    {
        { IsScalar: true } => Number(value[0, 0]),
        { IsColumn: true } => List(value.Column(0)),
        _ => "[" + string.Join(", ", value.EnumerateRows().Select(List)) + "]",
    };

    // 0: scalar, 1: vector, 2: matrix, each of the given sizes (0 gives [] or [[]]).
    private string Shaped(int rows, int cols, int kind) => kind switch
    {
        0 => Number(random.NextDouble()),
        1 => List(Vector<double>.Build.Dense(rows, _ => random.NextDouble())),
        _ => "[" + string.Join(", ", Enumerable.Range(0, rows).Select(_ => List(Vector<double>.Build.Dense(cols, _ => random.NextDouble())))) + "]",
    };

    private static string Ragged(Matrix<double> value)
    {
        var rows = value.EnumerateRows().Select(r => r.Select(Number).ToList()).ToList();
        if (rows.Count == 1 || value.ColumnCount == 1) return $"[[{string.Join(", ", rows.SelectMany(r => r))}], [1, 2]]";
        rows[^1].RemoveAt(rows[^1].Count - 1);
        return "[" + string.Join(", ", rows.Select(r => "[" + string.Join(", ", r) + "]")) + "]";
    }

    // Rank one (every row the same), so that inverses, log det and det-based terms are undefined.
    private static Matrix<double> Singular(Matrix<double> value) =>
        Matrix<double>.Build.Dense(value.RowCount, value.ColumnCount, (_, j) => value[0, j]);

    private string ReplaceOneNumber(string value)
    {
        var numbers = System.Text.RegularExpressions.Regex.Matches(value, @"-?[0-9][0-9.eE+-]*");
        if (numbers.Count == 0) return mutator.Pick(BadNumbers);
        var hit = numbers[random.Next(numbers.Count)];
        return value[..hit.Index] + mutator.Pick(BadNumbers) + value[(hit.Index + hit.Length)..];
    }

    private static string List(Vector<double> v) => "[" + string.Join(", ", v.Select(Number)) + "]";

    private static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
