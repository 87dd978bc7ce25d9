using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;

namespace MatrixCalculus.Tests.Printing;

public static partial class PrinterCases
{
    private static IEnumerable<PrinterCase> Products() =>
    [
        Row(x.T * A * x, "x'Ax", @"x^\top Ax"),
        Row(Xd.T * (Xd * w - yN), "X'(Xw - y)", @"X^\top(Xw - y)"),
        Row((A + A.T) * x, "(A + A')x", @"(A + A^\top)x"),
        // the parser reads a run of factors with a 1×1 product as a coefficient: x'y z = (x'y)z
        Row(MatMul(x.T, y, z.T, A, v), "x'(yz'A)v", @"x^\top yz^\top Av"),
        Row(MatMul(x.T, y, z.T), "x'(yz')", @"x^\top yz^\top"),
        Row(MatMul(x.T * y, z), "(x'y)z", @"(x^\top y)z"),
        Row(A * Hadamard(x, y), "A(x .* y)", @"A(x \odot y)"),
        Row(M.T * OnesOf(Col(m)), "M'1_m", @"M^\top\mathbf{1}_m"),
        Row(A * OnesOf(Col(n)), "A 1_n", @"A\mathbf{1}_n"),
        Row(OnesOf(Col(n)) * x.T, "1_n x'", @"\mathbf{1}_nx^\top"),
        // names that would run together: subscripts, words, keywords, numbers
        Row(Mat("W_1") * x, "W_1 x", "W_1x"),
        Row(Mat("W1") * x, "W1x", "W_1x"),
        Row(Mat("W_ij") * x, "W_{ij}x", "W_{ij}x"),
        Row(Mat("W_{ij}") * x, "W_{ij}x", "W_{ij}x", Mat("W_ij") * x),
        Row(Mat("foo") * x, "foo x", @"\mathit{foo}x"),
        Row(Mat("foo") * (x + y), "foo*(x + y)", @"\mathit{foo}(x + y)"),
        Row(Scalar("ab") * MatMul(Scalar("a"), Scalar("b"), x), "ab a bx", @"\mathit{ab}abx"),
        Row(Col("m") * Col("u").T, "m u'", @"mu^\top"),
        Row(Scalar("e") * (x * Col("p").T), "ex p'", @"exp^\top"),
        Row(2 * Col("e"), "2 e", "2e"),
        Row(2 * Col("e2"), "2 e2", "2e_2"),
        Row(MatMul(Num(2), Mat("E1"), x), "2E1x", "2E_1x"),
        // a lower-case run of names before '(' would read as an unknown function
        Row(MatMul(α, β, x + y), "α β(x + y)", @"\alpha\beta(x + y)"),
        Row(MatMul(α, β, Power(α + β, k)), "α β (α + β)^k", @"\alpha\beta(\alpha + \beta)^k"),
        Row(MatMul(α, x, (y + z).T), "α x(y + z)'", @"\alpha x(y + z)^\top"),
        Row(MatMul(A, x, (y + z).T), "Ax(y + z)'", @"Ax(y + z)^\top"),
        Row(MatMul(Mat("T"), Mat("r"), Mat("R"), A + B), "T rR(A + B)", "TrR(A + B)"),
        Row(MatMul(Mat("T"), Mat("r"), A + B), "T r(A + B)", "Tr(A + B)"),
        Row(Scale(Num(2), Apply(ElementFunction.Exp, x)), "2 exp(x)", @"2\exp(x)"),
        Row(Scale(Norm(NormKind.Two, x), Norm(NormKind.Two, y)), "||x|| ||y||", @"\lVert x\rVert_2\lVert y\rVert_2"),
        Row(Scale(Norm(NormKind.One, x), x), "||x||_1 x", @"\lVert x\rVert_1x"),
        Row(Scale(β, OnesOf(Col(n))), "β 1_n", @"\beta\mathbf{1}_n"),
        Row(2 * OnesOf(Col(n)), "2*1_n", @"2\mathbf{1}_n"),
        Row(new Scale(Num(2), Num(3)), "2*3", @"2 \cdot 3", Num(6)),
        // scalars in front
        Row(2 * (A * x), "2Ax", "2Ax"),
        Row(Scale(Divide(Num(2), Count), Xd.T * (Xd * w - yN)), "(2/N)X'(Xw - y)", @"\frac{2}{N}X^\top(Xw - y)"),
        Row(-(X.Inv() * V * X.Inv()), "-X^-1 V X^-1", "-X^{-1}VX^{-1}"),
        Row(-(x.T * A * x), "-x'Ax", @"-x^\top Ax"),
        Row(0.5 * x, "x/2", @"\frac{1}{2}x"),
        Row(Scale(Num(1.0 / 3), x), "x/3", @"\frac{1}{3}x"),
        Row(Scale(Num(1.5), x), "(3/2)x", @"\frac{3}{2}x"),
        Row(Scale(Num(-1.0 / 3), x), "-x/3", @"-\frac{1}{3}x"),
        Row(α * x, "αx", @"\alpha x"),
        Row(MatMul(Num(2), α, x), "2αx", @"2\alpha x"),
        Row(α * Eye(n), "αI_n", @"\alpha I_n"),
        Row(Scale(α + β, x), "(α + β)x", @"(\alpha + \beta)x"),
        Row(Scale(Inner(x, y), z), "<x, y>z", @"\langle x, y\rangle z"),
        Row(2 * (x + y), "2(x + y)", "2(x + y)"),
        Row(-(x + y), "-(x + y)", "-(x + y)"),
        Row(-2 * (x + y), "-2(x + y)", "-2(x + y)"),
        Row(Scale(Num(2), Divide(x, α)), "2(x/α)", @"2\frac{x}{\alpha}"),
        Row(Scale(Num(2), Divide(x, Num(3) + α)), "2(x/(3 + α))", @"2\frac{x}{3 + \alpha}"),
        Row(-Divide(x, α), "-x/α", @"-\frac{x}{\alpha}"),
        Row(-Hadamard(x, y), "-x .* y", @"-x \odot y"),
        Row(Scale(Trace(A), B), "tr(A)B", @"\operatorname{tr}(A)B"),
        Row(Scale(Power(Norm(NormKind.Two, x), Num(2)), x), "||x||^2 x", @"\lVert x\rVert_2^2x"),
        Row(Scale(LogDet(X), Y), "(log det X)Y", @"(\log\det X)Y"),
        Row(Scale(α, LogDet(X)), "α log det X", @"\alpha\log\det X"),
        Row(Scale(Det(X), X.Inv().T), "det(X)(X^-1)'", @"\det(X)X^{-\top}"),
        Row(Scale(Power(α, Num(2)), β), "α^2 β", @"\alpha^2\beta"),
        Row(new Scale(α, new Scale(Num(-2), x)), "α(-2)x", @"\alpha(-2)x", Scale(α, -2 * x)),
    ];

    private static IEnumerable<PrinterCase> Quotients() =>
    [
        Row(Divide(x, α), "x/α", @"\frac{x}{\alpha}"),
        Row(Divide(2 * (A * x), Inner(x, A * x)), "2Ax/<x, Ax>", @"\frac{2Ax}{\langle x, Ax\rangle}"),
        Row(Divide(3 * x, 2 * Power(Norm(NormKind.Two, x), Num(0.5))), "3x/(2||x||^(1/2))", @"\frac{3x}{2\lVert x\rVert_2^{1/2}}"),
        Row(Divide(α + β, Count), "(α + β)/N", @"\frac{\alpha + \beta}{N}"),
        Row(Divide(Hadamard(x, y), α), "(x .* y)/α", @"\frac{x \odot y}{\alpha}"),
        Row(Divide(Divide(x, α), β), "(x/α)/β", @"\frac{\frac{x}{\alpha}}{\beta}"),
        Row(Divide(x, Divide(α, β)), "x/(α/β)", @"\frac{x}{\frac{\alpha}{\beta}}"),
        Row(Divide(x, α * β), "x/(αβ)", @"\frac{x}{\alpha\beta}"),
        Row(Divide(x, LogDet(X)), "x/(log det X)", @"\frac{x}{\log\det X}"),
        Row(Divide(-x, α), "(-x)/α", @"\frac{-x}{\alpha}"),
        Row(Divide(LogDet(X), Count), "log det X/N", @"\frac{\log\det X}{N}"),
        Row(Divide(x, Power(α, Num(2))), "x/α^2", @"\frac{x}{\alpha^2}"),
        Row(new Divide(Power(α, Num(2)), Num(3)), "(α^2)/3", @"\frac{\alpha^2}{3}", Divide(Power(α, Num(2)), Num(3))),
    ];

    private static Shape Col(Dim size) => Shape.Column(size);
    private static Shape Square(Dim size) => Shape.Square(size);
}
