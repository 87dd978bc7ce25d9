using System.Globalization;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// The kernels in C# over MathNet.Numerics: every non-scalar value is a
/// <c>Matrix&lt;double&gt;</c> (a vector n×1) and every scalar a <c>double</c>. Helpers of the
/// generated class (<c>_ScaleRows</c>, <c>_LogDet</c>, …) carry the kernels MathNet lacks.
/// </summary>
internal sealed class CSharpBackend : IBackend, IProductOps
{
    private const string Build = "Matrix<double>.Build";

    public string Assign(string target, Fragment value) => $"var {target} = {value.Code};";

    public Fragment Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e");
        if (!text.Contains('.') && !text.Contains('e')) text += ".0";
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

    public Fragment Render(Expr term, Kernel kernel, IReadOnlyList<Fragment> o) => kernel switch
    {
        Kernel.Product p => term.Shape.IsScalar
            ? Fragment.Atom($"{ProductPrinter.Render(this, p, o).Operand}[0, 0]")
            : ProductPrinter.Render(this, p, o),
        Kernel.TraceOfProduct => Call("_Inner", o[0], Fragment.Atom($"{o[1].Operand}.Transpose()")),
        _ => Node(term, o),
    };

    private Fragment Node(Expr term, IReadOnlyList<Fragment> o)
    {
        bool scalarArg = term.Children().Count > 0 && term.Children()[0].Shape.IsScalar;
        return term switch
        {
            Zero z => z.Of.IsScalar ? Number(0) : Fragment.Atom($"{Build}.Dense({Size(z.Of.Rows)}, {Size(z.Of.Cols)})"),
            Ones one => one.Of.IsScalar ? Number(1) : Fragment.Atom($"{Build}.Dense({Size(one.Of.Rows)}, {Size(one.Of.Cols)}, 1.0)"),
            Identity i => i.N.IsOne ? Number(1) : Fragment.Atom($"{Build}.DenseIdentity({Size(i.N)})"),
            Add => Fragment.Operation(string.Join(" + ", o.Select(f => f.Operand))),
            Scale { Coefficient: Const { Value: -1 } } => Fragment.Operation($"-{o[1].Operand}"),
            Scale or Hadamard or Kron or Inner when scalarArg && term.Children()[1].Shape.IsScalar => Fragment.Operation($"{o[0].Operand} * {o[1].Operand}"),
            Scale => Fragment.Operation($"{o[0].Operand} * {o[1].Operand}"),
            Divide => Fragment.Operation($"{o[0].Operand} / {o[1].Operand}"),
            HadamardDivide when scalarArg => Fragment.Operation($"{o[0].Operand} / {o[1].Operand}"),
            HadamardDivide => Method(o[0], "PointwiseDivide", o[1]),
            Transpose t => t.Shape.IsScalar ? o[0] : Method(o[0], "Transpose"),
            Inverse when scalarArg => Fragment.Operation($"1.0 / {o[0].Operand}"),
            Inverse => Method(o[0], "Inverse"),
            Power p when p.Base.Shape.IsScalar => Call("_M.Pow", o[0], o[1]),
            Power p => MatrixPower(o[0], p),
            Trace or Det when scalarArg => o[0],
            Trace => Method(o[0], "Trace"),
            Det => Method(o[0], "Determinant"),
            LogDet when scalarArg => Call("_M.Log", o[0]),
            LogDet => Call("_LogDet", o[0]),
            Hadamard => Method(o[0], "PointwiseMultiply", o[1]),
            ElementPower when scalarArg => Call("_M.Pow", o[0], o[1]),
            ElementPower => Method(o[0], "PointwisePower", o[1]),
            Kron k when k.Left.Shape.IsScalar => Fragment.Operation($"{o[0].Operand} * {o[1].Operand}"),
            Kron k when k.Right.Shape.IsScalar => Fragment.Operation($"{o[1].Operand} * {o[0].Operand}"),
            Kron => Method(o[0], "KroneckerProduct", o[1]),
            Apply a when scalarArg => Call("_" + a.Function, o[0]),
            Apply a => Fragment.Atom($"{o[0].Operand}.Map(_{a.Function}, Zeros.Include)"),
            Sum or DiagMatrix or DiagVector or Vec or LogSumExp when scalarArg => o[0],
            Sum => Call("_Sum", o[0]),
            DiagMatrix => BuiltDiagonal(o[0]),
            DiagVector => Fragment.Atom($"{o[0].Operand}.Diagonal().ToColumnMatrix()"),
            Vec => Call("_Vec", o[0]),
            Softmax when scalarArg => Number(1),
            Softmax => Call("_Softmax", o[0]),
            LogSumExp => Call("_LogSumExp", o[0]),
            SoftmaxAlong s => Call("_SoftmaxAlong", o[0], Fragment.Atom(s.Along == Axis.Rows ? "true" : "false")),
            LogSumExpAlong l => Call("_LogSumExpAlong", o[0], Fragment.Atom(l.Along == Axis.Rows ? "true" : "false")),
            Norm when scalarArg => Call("_M.Abs", o[0]),
            Norm { Kind: NormKind.One } => Call("_Norm1", o[0]),
            Norm => Method(o[0], "FrobeniusNorm"),
            Inner => Call("_Inner", o[0], o[1]),
            _ => throw new InvalidOperationException($"code generation has no kernel for {term.GetType().Name}."),
        };
    }

    private static Fragment MatrixPower(Fragment a, Power p)
    {
        long k = p.Exponent is Const { Value: var e } && e == Math.Round(e)
            ? (long)e
            : throw new InvalidOperationException($"a matrix power needs a constant integer exponent: {p}.");
        // A⁻ᵏ = (A⁻¹)ᵏ
        return k >= 0 ? Method(a, "Power", Fragment.Atom(k.ToString(CultureInfo.InvariantCulture)))
            : Method(Method(a, "Inverse"), "Power", Fragment.Atom((-k).ToString(CultureInfo.InvariantCulture)));
    }

    private static Fragment Call(string function, params Fragment[] args) =>
        Fragment.Atom($"{function}({string.Join(", ", args.Select(a => a.Code))})");

    private static Fragment Method(Fragment target, string method, params Fragment[] args) =>
        Fragment.Atom($"{target.Operand}.{method}({string.Join(", ", args.Select(a => a.Code))})");

    public Fragment Multiply(Fragment left, Fragment right, bool leftIsChain) =>
        Fragment.Operation($"{(leftIsChain ? left.Code : left.Operand)} * {right.Operand}");

    public Fragment ScaleRows(Fragment v, Fragment m) => Call("_ScaleRows", v, m);
    public Fragment ScaleColumns(Fragment m, Fragment v) => Call("_ScaleColumns", m, v);
    public Fragment Entrywise(Fragment u, Fragment v) => Method(u, "PointwiseMultiply", v);
    public Fragment Solve(Fragment a, Fragment b) => Method(a, "Solve", b);
    public Fragment SolveRight(Fragment m, Fragment a) => Method(Method(Method(a, "Transpose"), "Solve", Method(m, "Transpose")), "Transpose");
    public Fragment Inverted(Fragment a) => Method(a, "Inverse");
    public Fragment BuiltDiagonal(Fragment v) => Fragment.Atom($"{Build}.DenseOfDiagonalVector({v.Operand}.Column(0))");
    public Fragment AsMatrix(Fragment scalar) => Fragment.Atom($"{Build}.Dense(1, 1, {scalar.Code})");
}
