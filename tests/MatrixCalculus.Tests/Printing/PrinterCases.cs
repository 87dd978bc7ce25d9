using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Printing;

/// <summary>
/// One printed term: its text in the expression language and its LaTeX. The frontend reads the
/// text back as <see cref="ReadsBack"/>: the term itself, or where two trees mean the same
/// matrix, the one the binder builds (<see cref="ReadsBackAs"/>: the scalar 0 reads back as the
/// constant 0, I_{n·m} as kron(I_n, I_m)). <see cref="Parses"/> is false for differentials, which
/// print (dX) but are not in the input language.
/// </summary>
public sealed record PrinterCase(string Text, string Latex, Expr Term, Expr? ReadsBackAs = null, bool Parses = true)
{
    public Expr ReadsBack => ReadsBackAs ?? Term;

    public override string ToString() => Text;
}

/// <summary>
/// The printer tables, built with the smart constructors of Ex. Every node type and every
/// parenthesization decision appears here; the round-trip test Compile(Print(e)) == e runs over
/// every row in the input language, declaring the variables with <see cref="RoundTripDeclarations"/>.
/// </summary>
public static partial class PrinterCases
{
    public static readonly Dim n = Dim.Of("n"), m = Dim.Of("m"), N = Dim.Of("N"), d = Dim.Of("d");

    public static readonly Var A = Mat("A"), B = Mat("B"), C = Mat("C"), X = Mat("X"), Y = Mat("Y"), V = Mat("V"), T = Mat("T");
    public static readonly Var M = Ex.Symbol("M", new Shape(m, n));
    public static readonly Var x = Col("x"), y = Col("y"), z = Col("z"), t = Col("t"), v = Col("v");
    public static readonly Var α = Scalar("α"), β = Scalar("β"), λ = Scalar("λ"), k = Scalar("k"), b = Scalar("b");
    /// <summary>N as the scalar count of samples, in (2/N)X'(Xw - y).</summary>
    public static readonly Var Count = Scalar("N");
    // Least squares: X is N×d there, so those rows use their own symbols of the same names.
    public static readonly Var Xd = Ex.Symbol("X", new Shape(N, d));
    public static readonly Var w = Ex.Symbol("w", Shape.Column(d));
    public static readonly Var yN = Ex.Symbol("y", Shape.Column(N));

    public static IReadOnlyList<PrinterCase> All { get; } =
        [.. Leaves(), .. Sums(), .. Products(), .. Quotients(), .. Postfix(), .. Calls(), .. Commutations(), .. Differentials()];

    /// <summary>The rows as xunit MemberData.</summary>
    public static IEnumerable<object[]> Rows => All.Select(c => new object[] { c });

    /// <summary>The rows in the input language.</summary>
    public static IEnumerable<object[]> ParseableRows => All.Where(c => c.Parses).Select(c => new object[] { c });

    public static Var Mat(string name) => Ex.Symbol(name, Shape.Square(n));
    public static Var Col(string name) => Ex.Symbol(name, Shape.Column(n));
    public static Var Scalar(string name) => Ex.Symbol(name, Shape.Scalar);

    private static PrinterCase Row(Expr term, string text, string latex) => new(text, latex, term);
    /// <summary>A row whose text reads back as another tree of the same value.</summary>
    private static PrinterCase Row(Expr term, string text, string latex, Expr readsBackAs) => new(text, latex, term, readsBackAs);
    /// <summary>A differential: printed, but not in the input language.</summary>
    private static PrinterCase Printed(Expr term, string text, string latex) => new(text, latex, term, Parses: false);

    private static IEnumerable<PrinterCase> Leaves() =>
    [
        Row(x, "x", "x"),
        Row(α, "α", @"\alpha"),
        Row(Mat("W_1"), "W_1", "W_1"),
        Row(Mat("W1"), "W1", "W_1"),
        // the parser reads W_{ij} as the symbol W_ij, and W_ij as W_i times j
        Row(Mat("W_ij"), "W_{ij}", "W_{ij}"),
        Row(Mat("W_{ij}"), "W_{ij}", "W_{ij}", Mat("W_ij")),
        Row(Mat("W_{2}"), "W_2", "W_2", Mat("W_2")),
        Row(Col("x_n1"), "x_n1", "x_{n1}"),
        Row(Mat("foo"), "foo", @"\mathit{foo}"),
        Row(Ex.Num(2), "2", "2"),
        Row(Ex.Num(0.5), "0.5", "0.5"),
        Row(Ex.Num(-3), "-3", "-3"),
        Row(Ex.Num(1.0 / 3), "1/3", @"\frac{1}{3}"),
        Row(Ex.Num(1e-5), "1e-5", "10^{-5}"),
        Row(Ex.Num(2.5e-7), "2.5e-7", @"2.5 \cdot 10^{-7}"),
        Row(Ex.ZeroScalar, "0", "0", Ex.Num(0)),
        // a whole zero prints as 0 (and reads back as the number); inside a term, see PrinterCases.Calls
        Row(Ex.ZeroOf(Shape.Column(n)), "0", @"\mathbf{0}_n", Ex.Num(0)),
        Row(Ex.ZeroOf(Shape.Square(n)), "0", @"\mathbf{0}_{n \times n}", Ex.Num(0)),
        Row(Ex.ZeroOf(new Shape(m, n)), "0", @"\mathbf{0}_{m \times n}", Ex.Num(0)),
        Row(Ex.ZeroOf(new Shape(Dim.One, n)), "0", @"\mathbf{0}_n^\top", Ex.Num(0)),
        Row(Ex.Eye(n), "I_n", "I_n"),
        Row(Ex.Eye(Dim.Of(3)), "I_3", "I_3"),
        // sizes n·m have no subscript: I_{nm} = kron(I_n, I_m), 1_{nm} = kron(1_n, 1_m), 1_{m×n} = 1_m 1_n'
        Row(Ex.Eye(DimOps.Times(n, m)), "kron(I_n, I_m)", "I_{nm}", Ex.Kron(Ex.Eye(n), Ex.Eye(m))),
        Row(Ex.OnesOf(Shape.Column(n)), "1_n", @"\mathbf{1}_n"),
        Row(Ex.OnesOf(new Shape(Dim.One, n)), "1_n'", @"\mathbf{1}_n^\top"),
        Row(Ex.OnesOf(new Shape(m, n)), "1_m 1_n'", @"\mathbf{1}_{m \times n}", Ex.MatMul(Ex.OnesOf(Shape.Column(m)), Ex.OnesOf(Shape.Column(n)).T)),
        Row(Ex.OnesOf(Shape.Column(Dim.Of("n1"))), "1_{n1}", @"\mathbf{1}_{n1}"),
        Row(Ex.OnesOf(Shape.Column(DimOps.Times(n, m))), "kron(1_n, 1_m)", @"\mathbf{1}_{nm}", Ex.Kron(Ex.OnesOf(Shape.Column(n)), Ex.OnesOf(Shape.Column(m)))),
    ];
}
