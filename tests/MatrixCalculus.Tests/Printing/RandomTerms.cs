using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;

namespace MatrixCalculus.Tests.Printing;

/// <summary>
/// Random well-shaped terms built through the smart constructors, for the round-trip property:
/// scalars, n-vectors and n×n matrices over a few symbols, every node the language can write.
/// A scalar product such as x'y is never the coefficient of a vector or matrix: the text
/// (x'y)z does not compile (Ex.MatMul flattens x'y into the product, n×1 beside n×1).
/// </summary>
public sealed class RandomTerms(int seed)
{
    private enum Kind { Scalar, Vector, Matrix }

    private static readonly Dim n = Dim.Of("n");
    private static readonly Var[] Scalars = [Symbol("α", Shape.Scalar), Symbol("β", Shape.Scalar), Symbol("k", Shape.Scalar)];
    private static readonly Var[] Vectors = [Symbol("x", Shape.Column(n)), Symbol("y", Shape.Column(n)), Symbol("W_2", Shape.Column(n))];
    private static readonly Var[] Matrices = [Symbol("A", Shape.Square(n)), Symbol("X", Shape.Square(n)), Symbol("S", Shape.Square(n), VarAttributes.Symmetric)];
    private static readonly double[] Constants = [2, 0.5, -3, 1.0 / 3, 1.5, 10];
    private static readonly ElementFunction[] Functions = Enum.GetValues<ElementFunction>();

    private readonly Random random = new(seed);

    /// <summary>A random term; constant folding may give NaN (log(-3)), which has no literal, so such terms are drawn again.</summary>
    public Expr Next()
    {
        while (true)
        {
            var term = Term((Kind)random.Next(3), depth: 5);
            if (!term.Any(e => e is Const { Value: var v } && !double.IsFinite(v))) return term;
        }
    }

    private Expr Term(Kind kind, int depth)
    {
        if (depth == 0 || random.Next(4) == 0) return Leaf(kind);
        return kind switch
        {
            Kind.Scalar => ScalarTerm(depth - 1),
            Kind.Vector => VectorTerm(depth - 1),
            _ => MatrixTerm(depth - 1),
        };
    }

    private Expr Leaf(Kind kind) => kind switch
    {
        Kind.Scalar => random.Next(3) == 0 ? Num(Pick(Constants)) : Pick(Scalars),
        Kind.Vector => random.Next(10) switch { 0 => OnesOf(Shape.Column(n)), 1 => ZeroOf(Shape.Column(n)), _ => Pick(Vectors) },
        _ => random.Next(10) switch { 0 => Eye(n), 1 => ZeroOf(Shape.Square(n)), _ => Pick(Matrices) },
    };

    private Expr ScalarTerm(int d) => random.Next(17) switch
    {
        16 => MatMul(Vec(M(d)).T, Kron(M(d), M(d)), Vec(M(d))),
        14 => random.Next(2) == 0 ? Inner(Vec(M(d)), Vec(M(d))) : Sum(Vec(M(d))),
        15 => Power(S(d), S(d)),
        0 => Add(S(d), S(d)),
        1 => Sub(S(d), S(d)),
        2 => MatMul(S(d), S(d)),
        3 => Divide(S(d), S(d)),
        4 => Power(S(d), random.Next(2) == 0 ? Num(Pick(Constants)) : Pick(Scalars)),
        5 => Trace(M(d)),
        6 => random.Next(2) == 0 ? Det(M(d)) : LogDet(M(d)),
        7 => Inner(V(d), V(d)),
        8 => Norm((NormKind)random.Next(3), random.Next(2) == 0 ? V(d) : M(d)),
        9 => random.Next(3) switch { 0 => Sum(V(d)), 1 => LogSumExp(V(d)), _ => Sum(LogSumExpAlong(random.Next(2) == 0 ? Axis.Rows : Axis.Cols, M(d))) },
        10 => Apply(Pick(Functions), S(d)),
        11 => MatMul(V(d).T, M(d), V(d)),
        12 => Neg(S(d)),
        _ => MatMul(V(d).T, V(d)),
    };

    private Expr VectorTerm(int d) => random.Next(13) switch
    {
        0 => Add(V(d), V(d)),
        1 => Sub(V(d), V(d)),
        2 => MatMul(M(d), V(d)),
        3 => Scale(Coefficient(d), V(d)),
        4 => Divide(V(d), S(d)),
        5 => Hadamard(V(d), V(d)),
        6 => HadamardDivide(V(d), V(d)),
        7 => ElementPower(V(d), random.Next(2) == 0 ? Num(Pick(Constants)) : S(d)),
        8 => Apply(Pick(Functions), V(d)),
        9 => Softmax(V(d)),
        10 => DiagVector(M(d)),
        11 => Add(V(d), Scale(Coefficient(d), OnesOf(Shape.Column(n)))),
        _ => Neg(V(d)),
    };

    private Expr MatrixTerm(int d) => random.Next(14) switch
    {
        12 => SoftmaxAlong(random.Next(2) == 0 ? Axis.Rows : Axis.Cols, M(d)),
        13 => Apply(ElementFunction.Log, SoftmaxAlong(random.Next(2) == 0 ? Axis.Rows : Axis.Cols, M(d))),
        0 => Add(M(d), M(d)),
        1 => MatMul(M(d), M(d)),
        2 => Transpose(M(d)),
        3 => Inverse(M(d)),
        4 => Power(M(d), Num(2)),
        5 => Scale(Coefficient(d), M(d)),
        6 => Hadamard(M(d), M(d)),
        7 => DiagMatrix(V(d)),
        8 => MatMul(V(d), V(d).T),
        9 => Sub(M(d), Scale(Coefficient(d), Eye(n))),
        10 => Apply(Pick(Functions), M(d)),
        _ => Divide(M(d), S(d)),
    };

    private Expr S(int d) => Term(Kind.Scalar, d);
    private Expr Coefficient(int d) => S(d) is var s && HasNoProduct(s) ? s : Pick(Scalars);

    private static bool HasNoProduct(Expr e) => e switch
    {
        Terms.MatMul => false,
        Terms.Scale s => HasNoProduct(s.Coefficient) && HasNoProduct(s.Body),
        _ => true,
    };
    private Expr V(int d) => Term(Kind.Vector, d);
    private Expr M(int d) => Term(Kind.Matrix, d);
    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
