using System.Globalization;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// The spellings NumPy and PyTorch differ in; everything else of a Python file is shared
/// (<see cref="PythonProgram"/>). Inside the generated function every non-scalar value is 2-D
/// (a vector n×1 or 1×n) and every scalar 0-d, so <c>@</c> and broadcasting mean what the
/// program means; conversion to the contract's layout happens only at the function's edges.
/// </summary>
internal abstract class PythonBackend
{
    /// <summary>The module alias, underscored so no symbol can clash with it.</summary>
    public abstract string Lib { get; }

    /// <summary>The helper functions this file uses (their names start with <c>_</c>).</summary>
    public SortedSet<string> Helpers { get; } = new(StringComparer.Ordinal);

    public abstract IReadOnlyDictionary<string, string> Definitions { get; }

    public static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e");
        if (!text.Contains('.') && !text.Contains('e') && !text.Contains('N') && !text.Contains('I')) text += ".0";
        return value < 0 ? $"({text})" : text;
    }

    public string Size(Dim dim) => dim switch
    {
        Dim.Known k => k.Value.ToString(CultureInfo.InvariantCulture),
        Dim.Named { Name: var name } when name.Contains('·') =>
            "(" + string.Join(" * ", name.Split('·').Select(factor => Size(int.TryParse(factor, out var n) ? Dim.Of(n) : Dim.Of(factor)))) + ")",
        Dim.Named { Name: var name } => Identifiers.Size(name),
        _ => throw new InvalidOperationException($"no size for {dim}."),
    };

    protected string Helper(string name, params string[] args)
    {
        Helpers.Add(name);
        return $"{name}({string.Join(", ", args)})";
    }

    /// <summary>A scalar constant as a value of the library (PyTorch: a tensor on the inputs' device).</summary>
    public abstract string ScalarConstant(double value);
    public abstract string Full(string rows, string cols, double value);
    public abstract string Eye(string size);
    public abstract string Solve(string a, string b);
    public abstract string LogDet(string a);
    public abstract string Kron(string a, string b);
    public abstract string Inner(string a, string b);
    public abstract string LogSumExp(string a);
    public abstract string Softmax(string a);
    public abstract string DiagonalMatrix(string v);
    public abstract string AddDiagonal(string m, string v);
    /// <summary>The entries of a (rows × cols), column-major, as an r×c matrix.</summary>
    public abstract string ReshapeColumnMajor(string a, string rows, string cols);
    /// <summary>vec(a) as a 1-D value (column-major).</summary>
    public string Vec(string a) => $"{a}.T.reshape(-1)";
    public abstract string Outer(string u, string v);
    public abstract string Stack(string list, int axis);
    /// <summary>
    /// k K_{m,n}: the columns of k reordered from vec(V') to vec(V) for an m×n V (K_{m,n} the
    /// commutation matrix), a gather rather than a product.
    /// </summary>
    public abstract string Commute(string k, string m, string n);
    public abstract string Function(ElementFunction f, string x);
    public abstract string Zeros(string rows, string cols);
    /// <summary>softmax (or log softmax) of each slice along <paramref name="axis"/> (1: each row, 0: each column).</summary>
    public abstract string BatchSoftmax(string a, int axis, bool log);
    /// <summary>logsumexp of each slice, kept as a column (each row) or a row (each column).</summary>
    public abstract string BatchLogSumExp(string a, int axis);
}
