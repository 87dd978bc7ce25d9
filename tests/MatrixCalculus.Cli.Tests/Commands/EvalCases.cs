using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Commands;

/// <summary>
/// The parser's example expressions, each with its value computed by hand with MathNet (never
/// through our evaluator): the expected value of <c>matcalc eval</c> at a random point.
/// </summary>
public sealed record EvalCase(string Expression, string? Let, Func<PointBuilder, object> Expected)
{
    public override string ToString() => Let is null ? Expression : $"{Expression} with {Let}";
}

public static class EvalCases
{
    private static double Sigmoid(double t) => 1 / (1 + Math.Exp(-t));

    private static Vector<double> Sigmoid(Vector<double> v) => v.Map(Sigmoid);

    private static Vector<double> Ones(int n) => Vector<double>.Build.Dense(n, 1.0);

    public static readonly EvalCase[] All =
    [
        new("x'Ax", null, p =>
        {
            var n = p.Sizes(1)[0];
            var x = p.Vector("x", n);
            var a = p.Matrix("A", n, n);
            return x.DotProduct(a * x);
        }),
        new("log det X", null, p =>
        {
            var n = p.Sizes(1)[0];
            return Math.Log(p.Spd("X", n).Determinant());
        }),
        new("||Xw-y||^2", null, p =>
        {
            var s = p.Sizes(2);
            var x = p.Matrix("X", s[0], s[1]);
            var w = p.Vector("w", s[1]);
            var y = p.Vector("y", s[0]);
            var r = x * w - y;
            return r.DotProduct(r);
        }),
        new("(1/N)||Xw - y||^2", null, p =>
        {
            var s = p.Sizes(2);
            var count = p.Scalar("N", 2, 9);
            var x = p.Matrix("X", s[0], s[1]);
            var w = p.Vector("w", s[1]);
            var y = p.Vector("y", s[0]);
            var r = x * w - y;
            return r.DotProduct(r) / count;
        }),
        new("<x, Ax> - b'x + c", "c: scalar", p =>
        {
            var n = p.Sizes(1)[0];
            var x = p.Vector("x", n);
            var a = p.Matrix("A", n, n);
            var b = p.Vector("b", n);
            var c = p.Scalar("c");
            return x.DotProduct(a * x) - b.DotProduct(x) + c;
        }),
        new("⟨S, X⟩ - log det X", null, p =>
        {
            var n = p.Sizes(1)[0];
            var s = p.Matrix("S", n, n);
            var x = p.Spd("X", n);
            return s.PointwiseMultiply(x).Enumerate().Sum() - Math.Log(x.Determinant());
        }),
        new("σ(Xw + b)", "b: scalar", p =>
        {
            var s = p.Sizes(2);
            var x = p.Matrix("X", s[0], s[1]);
            var w = p.Vector("w", s[1]);
            var b = p.Scalar("b");
            return Sigmoid(x * w + b * Ones(s[0]));
        }),
        new("σ(Xw + b)", null, p =>
        {
            var s = p.Sizes(2);
            var x = p.Matrix("X", s[0], s[1]);
            var w = p.Vector("w", s[1]);
            var b = p.Vector("b", s[0]);
            return Sigmoid(x * w + b);
        }),
        new("-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))", null, p =>
        {
            var s = p.Sizes(2);
            var x = p.Matrix("X", s[0], s[1]);
            var w = p.Vector("w", s[1]);
            var y = p.Vector("y", s[0], 0, 1);
            var q = Sigmoid(x * w);
            return -(y.PointwiseMultiply(q.PointwiseLog()) + (Ones(s[0]) - y).PointwiseMultiply((Ones(s[0]) - q).PointwiseLog())).Sum();
        }),
        new("X^-1", null, p => p.Spd("X", p.Sizes(1)[0]).Inverse()),
        new("X^T", null, p =>
        {
            var s = p.Sizes(2);
            return p.Matrix("X", s[0], s[1]).Transpose();
        }),
        new("||X||_F^2", null, p =>
        {
            var s = p.Sizes(2);
            var x = p.Matrix("X", s[0], s[1]);
            return x.PointwiseMultiply(x).Enumerate().Sum();
        }),
        new("||x||^(3/2)", null, p => Math.Pow(p.Vector("x", p.Sizes(1)[0]).L2Norm(), 1.5)),
        new("w2 log w1 + sqrt(w2 log w1)", "w1, w2: scalar", p =>
        {
            var w1 = p.Scalar("w1", 1.5, 4);
            var w2 = p.Scalar("w2", 0.5, 2);
            var t = w2 * Math.Log(w1);
            return t + Math.Sqrt(t);
        }),
        new("tr(AXB)", null, p =>
        {
            var s = p.Sizes(3);
            var a = p.Matrix("A", s[0], s[1]);
            var x = p.Matrix("X", s[1], s[2]);
            var b = p.Matrix("B", s[2], s[0]);
            return (a * x * b).Trace();
        }),
        new("0.5*x'*A*x", null, p =>
        {
            var n = p.Sizes(1)[0];
            var x = p.Vector("x", n);
            var a = p.Matrix("A", n, n);
            return 0.5 * x.DotProduct(a * x);
        }),
        new("norm2(A*x-y)^2", null, p =>
        {
            var s = p.Sizes(2);
            var a = p.Matrix("A", s[0], s[1]);
            var x = p.Vector("x", s[1]);
            var y = p.Vector("y", s[0]);
            return Math.Pow((a * x - y).L2Norm(), 2);
        }),
        new("tr(A*X'*B*X*C)", null, p =>
        {
            var s = p.Sizes(3);
            var x = p.Matrix("X", s[0], s[1]);
            var a = p.Matrix("A", s[2], s[1]);
            var b = p.Matrix("B", s[0], s[0]);
            var c = p.Matrix("C", s[1], s[2]);
            return (a * x.Transpose() * b * x * c).Trace();
        }),
        new("sum(log(exp(-y.*(X*w)) + vector(1)))", null, p =>
        {
            var s = p.Sizes(2);
            var y = p.Vector("y", s[0]);
            var x = p.Matrix("X", s[0], s[1]);
            var w = p.Vector("w", s[1]);
            return (-y.PointwiseMultiply(x * w)).PointwiseExp().Add(1).PointwiseLog().Sum();
        }),
        new("(y.*v)'*x", null, p =>
        {
            var n = p.Sizes(1)[0];
            var y = p.Vector("y", n);
            var v = p.Vector("v", n);
            var x = p.Vector("x", n);
            return y.PointwiseMultiply(v).DotProduct(x);
        }),
        new("<G, XW + 1b'>", null, p =>
        {
            var s = p.Sizes(3);
            var g = p.Matrix("G", s[0], s[1]);
            var x = p.Matrix("X", s[0], s[2]);
            var w = p.Matrix("W", s[2], s[1]);
            var b = p.Vector("b", s[1]);
            var broadcast = Ones(s[0]).OuterProduct(b);
            return g.PointwiseMultiply(x * w + broadcast).Enumerate().Sum();
        }),
        new("kron(A, B)", null, p =>
        {
            var s = p.Sizes(4);
            return p.Matrix("A", s[0], s[1]).KroneckerProduct(p.Matrix("B", s[2], s[3]));
        }),
        new("A ⊗ B", null, p =>
        {
            var s = p.Sizes(4);
            return p.Matrix("A", s[0], s[1]).KroneckerProduct(p.Matrix("B", s[2], s[3]));
        }),
        new("x.^2", null, p => p.Vector("x", p.Sizes(1)[0]).PointwisePower(2)),
        new("1_n'x", null, p => p.Vector("x", p.Sizes(1)[0]).Sum()),
        new("2Ax/<x, Ax>", null, p =>
        {
            var n = p.Sizes(1)[0];
            var a = p.Matrix("A", n, n);
            var x = p.Vector("x", n);
            return 2 * (a * x) / x.DotProduct(a * x);
        }),
        new("-<y, log(softmax(t))>", null, p =>
        {
            var n = p.Sizes(1)[0];
            var y = p.Vector("y", n);
            var t = p.Vector("t", n, -3, 3);
            var e = t.PointwiseExp();
            return -y.DotProduct((e / e.Sum()).PointwiseLog());
        }),
        new("sum(relu(T))", null, p =>
        {
            var s = p.Sizes(2);
            return p.Matrix("T", s[0], s[1]).Enumerate().Sum(t => Math.Max(t, 0));
        }),
        new("alpha x", null, p =>
        {
            var x = p.Vector("x", p.Sizes(1)[0]);
            return p.Scalar("α") * x;
        }),
        new("I_3 + X", null, p => Matrix<double>.Build.DenseIdentity(3) + p.Matrix("X", 3, 3)),
        new("x'", null, p => p.Vector("x", p.Sizes(1)[0]).ToRowMatrix()),
        new("2Ax", null, p =>
        {
            var s = p.Sizes(2);
            return 2 * (p.Matrix("A", s[0], s[1]) * p.Vector("x", s[1]));
        }),
        // K_{m,n} vec(A) = vec(A') for an m×n A: entry j + i·n is a_ij = x[i + j·m]
        new("K_{2,3} x", null, p =>
        {
            var x = p.Vector("x", 6);
            return Vector<double>.Build.Dense(6, r => x[r / 3 + (r % 3) * 2]);
        }),
        new("K_(m,n) vec(X)", "X: m x n", p =>
        {
            var s = p.Sizes(2);
            return Vector<double>.Build.DenseOfArray(p.Matrix("X", s[0], s[1]).ToRowMajorArray());
        }),
    ];
}
