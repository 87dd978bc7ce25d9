using System.Globalization;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// The kernels in Python, shared by NumPy and PyTorch, which differ in the library's names
/// (<see cref="Lib"/>) and in a few calls. Inside the generated function every non-scalar value
/// is 2-D (a vector is n×1) and every scalar is 0-d, so <c>@</c> and broadcasting mean what the
/// terms mean; conversion to the contract's layout happens only at the function's edges.
/// </summary>
internal abstract class PythonBackend : IBackend, IProductOps
{
    /// <summary>The module alias, underscored so no symbol can clash with it.</summary>
    public abstract string Lib { get; }

    /// <summary>The helper functions this file uses (their names start with <c>_</c>), in order of first use.</summary>
    public SortedSet<string> Helpers { get; } = new(StringComparer.Ordinal);

    public string Assign(string target, Fragment value) => $"{target} = {value.Code}";

    public Fragment Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e");
        if (!text.Contains('.') && !text.Contains('e')) text += ".0";
        text = text.Replace("E", "e");
        return value < 0 ? Fragment.Operation(text) : Fragment.Atom(text);
    }

    public string Size(Dim dim) => dim switch
    {
        Dim.Known k => k.Value.ToString(CultureInfo.InvariantCulture),
        Dim.Named { Name: var name } when name.Contains('·') =>
            "(" + string.Join(" * ", name.Split('·').Select(factor => Size(int.TryParse(factor, out var n) ? Dim.Of(n) : Dim.Of(factor)))) + ")",
        Dim.Named { Name: var name } => Identifiers.Size(name),
        _ => throw new InvalidOperationException($"no size for {dim}."),
    };

    protected string Call(string function, params Fragment[] args) => $"{Lib}.{function}({string.Join(", ", args.Select(a => a.Code))})";

    protected Fragment Helper(string name, params Fragment[] args)
    {
        Helpers.Add(name);
        return Fragment.Atom($"{name}({string.Join(", ", args.Select(a => a.Code))})");
    }

    public Fragment Render(Expr term, Kernel kernel, IReadOnlyList<Fragment> o) => kernel switch
    {
        Kernel.Product p => Scalar(term, ProductPrinter.Render(this, p, o)),
        Kernel.TraceOfProduct => Fragment.Atom(Call("sum", Fragment.Operation($"{o[0].Operand} * {Transposed(o[1], kernel.Operands[1])}"))),
        _ => Node(term, o),
    };

    private Fragment Node(Expr term, IReadOnlyList<Fragment> o)
    {
        bool scalarArg = term.Children().Count > 0 && term.Children()[0].Shape.IsScalar;
        return term switch
        {
            Zero z => z.Of.IsScalar ? Number(0) : Filled("zeros", z.Of),
            Ones one => one.Of.IsScalar ? Number(1) : Filled("ones", one.Of),
            Identity i => i.N.IsOne ? Number(1) : Eye(Size(i.N)),
            Add => Fragment.Operation(string.Join(" + ", o.Select(f => f.Operand))),
            Scale { Coefficient: Const { Value: -1 } } => Fragment.Operation($"-{o[1].Operand}"),
            Scale => Fragment.Operation($"{o[0].Operand} * {o[1].Operand}"),
            Divide or HadamardDivide => Fragment.Operation($"{o[0].Operand} / {o[1].Operand}"),
            Transpose t => t.Shape.IsScalar ? o[0] : Fragment.Atom($"{o[0].Operand}.T"),
            Inverse when scalarArg => Fragment.Operation($"1.0 / {o[0].Operand}"),
            Inverse => Fragment.Atom(Call("linalg.inv", o[0])),
            Power p when p.Base.Shape.IsScalar => Fragment.Operation($"{o[0].Operand} ** {o[1].Operand}"),
            Power p => Fragment.Atom(Call("linalg.matrix_power", o[0], Fragment.Atom(IntegerExponent(p)))),
            Trace or Det when scalarArg => o[0],
            Trace => Fragment.Atom(Call("trace", o[0])),
            Det => Fragment.Atom(Call("linalg.det", o[0])),
            LogDet when scalarArg => Fragment.Atom(Call("log", o[0])),
            LogDet => LogDetOf(o[0]),
            Hadamard => Fragment.Operation($"{o[0].Operand} * {o[1].Operand}"),
            ElementPower => Fragment.Operation($"{o[0].Operand} ** {o[1].Operand}"),
            Kron k when k.Left.Shape.IsScalar || k.Right.Shape.IsScalar => Fragment.Operation($"{o[0].Operand} * {o[1].Operand}"),
            Kron => KronOf(o[0], o[1]),
            Apply a => Function(a.Function, o[0]),
            Sum or DiagMatrix or DiagVector or Vec or LogSumExp when scalarArg => o[0],
            Sum => Fragment.Atom(Call("sum", o[0])),
            DiagMatrix => DiagonalMatrix(o[0]),
            DiagVector => Fragment.Atom($"{Call("diagonal", o[0])}.reshape(-1, 1)"),
            // vec stacks columns: the row-major flattening of the transpose
            Vec => Fragment.Atom($"{o[0].Operand}.T.reshape(-1, 1)"),
            Softmax when scalarArg => Fragment.Atom(Call("ones_like", o[0])),
            Softmax => SoftmaxOf(o[0]),
            LogSumExp => LogSumExpOf(o[0]),
            // each row is a slice along axis 1 (dim=1), each column along axis 0
            SoftmaxAlong s => BatchSoftmaxOf(o[0], s.Along == Axis.Rows ? 1 : 0),
            LogSumExpAlong l => BatchLogSumExpOf(o[0], l.Along == Axis.Rows ? 1 : 0),
            Norm { Kind: NormKind.One } => Fragment.Atom(Call("sum", Fragment.Atom(Call("abs", o[0])))),
            Norm when scalarArg => Fragment.Atom(Call("abs", o[0])),
            Norm => Fragment.Atom(Call("linalg.norm", o[0])),
            Inner i when i.Left.Shape.IsScalar => Fragment.Operation($"{o[0].Operand} * {o[1].Operand}"),
            Inner => InnerOf(o[0], o[1]),
            _ => throw new InvalidOperationException($"code generation has no kernel for {term.GetType().Name}."),
        };
    }

    internal string Transposed(Fragment f, Expr e) => e.Shape.IsScalar ? f.Operand : $"{f.Operand}.T";

    private static string IntegerExponent(Power p) => p.Exponent is Const { Value: var k } && k == Math.Round(k)
        ? ((long)k).ToString(CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"a matrix power needs a constant integer exponent: {p}.");

    // A product whose value is 1×1 is a scalar: 0-d like every other scalar.
    private static Fragment Scalar(Expr term, Fragment product) =>
        term.Shape.IsScalar ? Fragment.Atom($"{product.Operand}[0, 0]") : product;

    protected virtual Fragment KronOf(Fragment a, Fragment b) => Fragment.Atom(Call("kron", a, b));

    protected abstract Fragment Filled(string function, Shape shape);
    protected abstract Fragment Eye(string size);
    protected abstract Fragment LogDetOf(Fragment a);
    protected abstract Fragment Function(ElementFunction f, Fragment x);
    protected abstract Fragment DiagonalMatrix(Fragment v);
    protected abstract Fragment SoftmaxOf(Fragment v);
    protected abstract Fragment LogSumExpOf(Fragment a);
    /// <summary>softmax of each slice along <paramref name="axis"/> (1: each row, 0: each column), same shape.</summary>
    protected abstract Fragment BatchSoftmaxOf(Fragment t, int axis);
    /// <summary>logsumexp of each slice along <paramref name="axis"/>, kept as a column (rows) or a row (columns).</summary>
    protected abstract Fragment BatchLogSumExpOf(Fragment t, int axis);
    protected abstract Fragment InnerOf(Fragment a, Fragment b);

    public abstract Fragment Solve(Fragment a, Fragment b);

    public Fragment SolveRight(Fragment m, Fragment a) => Fragment.Atom($"{Solve(Fragment.Atom($"{a.Operand}.T"), Fragment.Atom($"{m.Operand}.T")).Code}.T");

    public Fragment Multiply(Fragment left, Fragment right, bool leftIsChain) =>
        Fragment.Operation($"{(leftIsChain ? left.Code : left.Operand)} @ {right.Operand}");

    // v is a column: v * M scales rows, M * v.T columns
    public Fragment ScaleRows(Fragment v, Fragment m) => Fragment.Operation($"{v.Operand} * {m.Operand}");

    public Fragment ScaleColumns(Fragment m, Fragment v) => Fragment.Operation($"{m.Operand} * {v.Operand}.T");

    public Fragment Entrywise(Fragment u, Fragment v) => Fragment.Operation($"{u.Operand} * {v.Operand}");

    public Fragment BuiltDiagonal(Fragment v) => DiagonalMatrix(v);

    public Fragment AsMatrix(Fragment scalar) => Fragment.Atom(Call("reshape", scalar, Fragment.Atom("(1, 1)")));

    public Fragment Inverted(Fragment a) => Fragment.Atom(Call("linalg.inv", a));
}
