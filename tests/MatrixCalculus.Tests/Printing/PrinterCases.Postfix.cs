using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;

namespace MatrixCalculus.Tests.Printing;

public static partial class PrinterCases
{
    private static IEnumerable<PrinterCase> Postfix() =>
    [
        Row(x.T, "x'", @"x^\top"),
        Row(M.T, "M'", @"M^\top"),
        Row((A * B).T, "(AB)'", @"(AB)^\top"),
        Row((A + B).T, "(A + B)'", @"(A + B)^\top"),
        Row(X.Inv().T, "(X^-1)'", @"X^{-\top}"),
        Row(Apply(ElementFunction.Sigmoid, x).T, "σ(x)'", @"\sigma(x)^\top"),
        Row(Hadamard(x, y).T, "(x .* y)'", @"(x \odot y)^\top"),
        Row(ElementPower(x, Num(2)).T, "(x.^2)'", @"(x^{\circ 2})^\top"),
        Row(X.Inv(), "X^-1", "X^{-1}"),
        Row((A + B).Inv(), "(A + B)^-1", "(A + B)^{-1}"),
        Row((A * B).Inv(), "(AB)^-1", "(AB)^{-1}"),
        Row(X.T.Inv(), "X'^-1", @"X^{-\top}"),
        Row((2 * A).Inv(), "(2A)^-1", "(2A)^{-1}"),
        Row(Power(Norm(NormKind.Two, x), Num(2)), "||x||^2", @"\lVert x\rVert_2^2"),
        Row(Power(Norm(NormKind.Two, Xd * w - yN), Num(2)), "||Xw - y||^2", @"\lVert Xw - y\rVert_2^2"),
        Row(Power(x.T * x, Num(1.5)), "(x'x)^(3/2)", @"(x^\top x)^{3/2}"),
        Row(Power(α, k), "α^k", @"\alpha^k"),
        Row(Power(A, Num(2)), "A^2", "A^2"),
        Row(Power(A.T, Num(2)), "A'^2", @"(A^\top)^2"),
        Row(Power(α + β, Num(2)), "(α + β)^2", @"(\alpha + \beta)^2"),
        Row(Power(Trace(X), Num(2)), "tr(X)^2", @"\operatorname{tr}(X)^2"),
        Row(Power(LogDet(X), Num(2)), "(log det X)^2", @"(\log\det X)^2"),
        Row(Power(Det(X), Num(2)), "det(X)^2", @"(\det X)^2"),
        Row(Power(Num(-2), α), "(-2)^α", @"(-2)^\alpha"),
        Row(Power(Num(1.0 / 3), α), "(1/3)^α", @"(\frac{1}{3})^\alpha"),
        Row(Power(α, Num(-2)), "α^-2", @"\alpha^{-2}"),
        // s^-1 of a scalar is built as 1/s, as the binder reads it
        Row(Power(α, Num(-1)), "1/α", @"\frac{1}{\alpha}"),
        Row(Power(α, Num(0.3)), "α^0.3", @"\alpha^{0.3}"),
        Row(Power(α, Num(-0.5)), "α^(-1/2)", @"\alpha^{-1/2}"),
        Row(Power(α, k + One), "α^(k + 1)", @"\alpha^{k + 1}"),
        Row(Power(α, Scalar("T")), "α^(T)", @"\alpha^T"),
        Row(Power(Power(α, Num(2)), Num(3)), "(α^2)^3", @"(\alpha^2)^3"),
        Row(ElementPower(x, Num(2)), "x.^2", @"x^{\circ 2}"),
        Row(ElementPower(x + y, Num(2)), "(x + y).^2", @"(x + y)^{\circ 2}"),
        Row(ElementPower(x, Num(0.5)), "x.^(1/2)", @"x^{\circ 1/2}"),
        Row(ElementPower(x, k), "x.^k", @"x^{\circ k}"),
    ];
}
