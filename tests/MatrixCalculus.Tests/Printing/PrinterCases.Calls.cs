using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;

namespace MatrixCalculus.Tests.Printing;

public static partial class PrinterCases
{
    private static IEnumerable<PrinterCase> Calls() =>
    [
        Row(Trace(A * X * B), "tr(AXB)", @"\operatorname{tr}(AXB)"),
        Row(Det(X), "det(X)", @"\det X"),
        Row(Det(A * B), "det(AB)", @"\det(AB)"),
        Row(LogDet(X), "log det X", @"\log\det X"),
        Row(LogDet(A * B), "log det(AB)", @"\log\det(AB)"),
        Row(LogDet(X + Eye(n)), "log det(X + I)", @"\log\det(X + I)"),
        Row(LogDet(X.T), "log det(X')", @"\log\det(X^\top)"),
        // a zero inside a term keeps its shape, so that it reads back as a vector
        Row(Apply(ElementFunction.Exp, ZeroOf(MatrixCalculus.Semantics.Shape.Column(n))), "exp(0*1_n)", @"\exp(\mathbf{0}_n)"),
        Row(Hadamard(x, y), "x .* y", @"x \odot y"),
        Row(Hadamard(Hadamard(x, y), z), "x .* y .* z", @"x \odot y \odot z"),
        Row(Hadamard(x, Hadamard(y, z)), "x .* (y .* z)", @"x \odot (y \odot z)"),
        Row(Hadamard(x, y + z), "x .* (y + z)", @"x \odot (y + z)"),
        Row(Hadamard(Divide(x, α), y), "x/α .* y", @"\frac{x}{\alpha} \odot y"),
        Row(Hadamard(x, Divide(y, α)), "x .* (y/α)", @"x \odot \frac{y}{\alpha}"),
        Row(Hadamard(x, A * y), "x .* Ay", @"x \odot Ay"),
        Row(Hadamard(A, Eye(n)), "A .* I", @"A \odot I"),
        Row(new Hadamard(-x, y), "(-x) .* y", @"(-x) \odot y", Hadamard(-x, y)),
        Row(HadamardDivide(x, y), "x ./ y", @"x \oslash y"),
        // a broadcast dividend prints as its scalar; a broadcast divisor keeps its ones (x ./ 2 is x/2)
        Row(HadamardDivide(OnesOf(MatrixCalculus.Semantics.Shape.Column(n)), x), "1 ./ x", @"1 \oslash x"),
        Row(HadamardDivide(2 * OnesOf(MatrixCalculus.Semantics.Shape.Column(n)), x + y), "2 ./ (x + y)", @"2 \oslash (x + y)"),
        Row(HadamardDivide(x, 2 * OnesOf(MatrixCalculus.Semantics.Shape.Column(n))), "x ./ (2*1_n)", @"x \oslash 2\mathbf{1}_n"),
        Row(Kron(A, B), "kron(A, B)", @"A \otimes B"),
        Row(Kron(Eye(n), A), "kron(I_n, A)", @"I_n \otimes A"),
        Row(Kron(A + B, C), "kron(A + B, C)", @"(A + B) \otimes C"),
        Row(Apply(ElementFunction.Exp, x), "exp(x)", @"\exp(x)"),
        Row(Apply(ElementFunction.Log, x), "log(x)", @"\log(x)"),
        Row(Apply(ElementFunction.Tanh, x), "tanh(x)", @"\tanh(x)"),
        Row(Apply(ElementFunction.Sqrt, x), "sqrt(x)", @"\sqrt{x}"),
        Row(Apply(ElementFunction.Abs, x), "abs(x)", @"\lvert x\rvert"),
        Row(Apply(ElementFunction.Sign, x), "sign(x)", @"\operatorname{sign}(x)"),
        Row(Apply(ElementFunction.Relu, x), "relu(x)", @"\operatorname{relu}(x)"),
        Row(Apply(ElementFunction.Step, T), "step(T)", @"\operatorname{step}(T)"),
        Row(Sum(x), "sum(x)", @"\operatorname{sum}(x)"),
        Row(DiagMatrix(v), "diag(v)", @"\operatorname{diag}(v)"),
        Row(DiagVector(A), "diag(A)", @"\operatorname{diag}(A)"),
        Row(Vec(X), "vec(X)", @"\operatorname{vec}(X)"),
        Row(Softmax(t), "softmax(t)", @"\operatorname{softmax}(t)"),
        Row(LogSumExp(x), "logsumexp(x)", @"\operatorname{logsumexp}(x)"),
        Row(SoftmaxAlong(Axis.Rows, X), "softmax_rows(X)", @"\operatorname{softmax}_{\mathrm{rows}}(X)"),
        Row(SoftmaxAlong(Axis.Cols, T), "softmax_cols(T)", @"\operatorname{softmax}_{\mathrm{cols}}(T)"),
        Row(Apply(ElementFunction.Log, SoftmaxAlong(Axis.Rows, X)), "log(softmax_rows(X))", @"\log(\operatorname{softmax}_{\mathrm{rows}}(X))"),
        Row(LogSumExpAlong(Axis.Rows, X), "logsumexp_rows(X)", @"\operatorname{logsumexp}_{\mathrm{rows}}(X)"),
        Row(Transpose(LogSumExpAlong(Axis.Cols, X)), "logsumexp_cols(X)'", @"\operatorname{logsumexp}_{\mathrm{cols}}(X)^\top"),
        Row(Norm(NormKind.Two, x), "||x||", @"\lVert x\rVert_2"),
        Row(Norm(NormKind.Two, X), "||X||", @"\lVert X\rVert_F"),
        Row(Norm(NormKind.Frobenius, X), "||X||_F", @"\lVert X\rVert_F"),
        Row(Norm(NormKind.One, x), "||x||_1", @"\lVert x\rVert_1"),
        Row(Norm(NormKind.Two, Scale(Norm(NormKind.Two, x), y)), "norm2(||x||y)", @"\lVert \lVert x\rVert_2y\rVert_2"),
        Row(Norm(NormKind.One, Scale(Norm(NormKind.Two, x), y)), "norm1(||x||y)", @"\lVert \lVert x\rVert_2y\rVert_1"),
        Row(Norm(NormKind.Frobenius, Scale(Norm(NormKind.Two, x), X)), "|| ||x||X ||_F", @"\lVert \lVert x\rVert_2X\rVert_F"),
        // inside bars, "||" after a factor closes the norm: a later norm factor needs parentheses
        Row(Norm(NormKind.Frobenius, MatMul(α, Norm(NormKind.Two, x), X)), "|| α(||x||)X ||_F", @"\lVert \alpha\lVert x\rVert_2X\rVert_F"),
        Row(Norm(NormKind.Two, MatMul(α, Norm(NormKind.Two, x), y)), "norm2(α||x||y)", @"\lVert \alpha\lVert x\rVert_2y\rVert_2"),
        Row(Norm(NormKind.Two, A - Scale(Norm(NormKind.Two, A), Eye(n))), "|| A - ||A||I ||", @"\lVert A - \lVert A\rVert_FI\rVert_F"),
        Row(Inner(x, y), "<x, y>", @"\langle x, y\rangle"),
        Row(Inner(A * x, y + z), "<Ax, y + z>", @"\langle Ax, y + z\rangle"),
    ];

    // Differentials print (dX, d(AB)) but are not in the input language.
    private static IEnumerable<PrinterCase> Differentials() =>
    [
        Printed(D(X), "dX", @"\mathrm{d}X"),
        Printed(D(A * B), "d(AB)", @"\mathrm{d}(AB)"),
        Printed(-(X.Inv() * D(X) * X.Inv()), "-X^-1 dX X^-1", @"-X^{-1}\,\mathrm{d}X\,X^{-1}"),
        Printed(D(x).T * A * x + x.T * A * D(x), "dx'Ax + x'A dx", @"\mathrm{d}x^\top Ax + x^\top A\,\mathrm{d}x"),
        Printed(Trace(X.Inv() * D(X)), "tr(X^-1 dX)", @"\operatorname{tr}(X^{-1}\,\mathrm{d}X)"),
        Printed(D(Mat("W_1")) * x, "dW_1 x", @"\mathrm{d}W_1\,x"),
        Printed(D(A * B) * C, "d(AB) C", @"\mathrm{d}(AB)\,C"),
        Printed(2 * D(x), "2 dx", @"2\,\mathrm{d}x"),
    ];
}
