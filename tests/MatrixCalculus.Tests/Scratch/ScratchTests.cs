using MatrixCalculus.Calculus;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using Xunit.Abstractions;
using static MatrixCalculus.Terms.Ex;

namespace MatrixCalculus.Tests.Scratch;

public class ScratchTests(ITestOutputHelper output)
{
    static string P(Expr e) => e switch
    {
        Var v => v.Name,
        Const c => c.Value.ToString(),
        Zero => "0",
        Identity => "I",
        Ones => "1",
        Add a => "(" + string.Join(" + ", a.Terms.Select(P)) + ")",
        MatMul m => string.Join("", m.Factors.Select(f => f is Var ? P(f) : "[" + P(f) + "]")),
        Scale s => "{" + P(s.Coefficient) + "}·" + P(s.Body),
        Divide d => "(" + P(d.Numerator) + ")/(" + P(d.Denominator) + ")",
        Transpose t => P(t.Arg) + "'",
        Inverse i => P(i.Arg) + "^-1",
        Differential d => "d" + P(d.Arg),
        Hadamard h => "(" + P(h.Left) + " ⊙ " + P(h.Right) + ")",
        HadamardDivide h => "(" + P(h.Left) + " ./ " + P(h.Right) + ")",
        Apply a => a.Function + "(" + P(a.Arg) + ")",
        _ => e.GetType().Name + "(" + string.Join(", ", e.Children().Select(P)) + ")",
    };

    [Fact]
    public void Show()
    {
        var n = new Dim.Named("n"); var m = new Dim.Named("m"); var N = new Dim.Named("N");
        var x = Symbol("x", Shape.Column(n));
        var A = Symbol("A", Shape.Square(n));
        var As = Symbol("A", Shape.Square(n), VarAttributes.Symmetric);
        var X = Symbol("X", new Shape(N, n));
        var Xs = Symbol("X", Shape.Square(n), VarAttributes.Spd);
        var Xq = Symbol("X", Shape.Square(n));
        var w = Symbol("w", Shape.Column(n));
        var y = Symbol("y", Shape.Column(N));
        var b = Symbol("b", Shape.Scalar);
        var NN = Symbol("N", Shape.Scalar);
        var S = Symbol("S", Shape.Square(n), VarAttributes.Symmetric);
        void Run(string name, Expr f, Var wrt, int order = 1)
        {
            var d = Differentiation.Run(f, wrt, order);
            output.WriteLine($"{name}: df = {P(d.Differential)}  ==> {d.Kind}: {P(d.Result)} {(d.Direction is null ? "" : "[V]")}");
        }
        Run("x'Ax", MatMul(x.T, A, x), x);
        Run("x'Ax sym", MatMul(x.T, As, x), x);
        Run("x'Ax H", MatMul(x.T, A, x), x, 2);
        Run("||x||^2", Power(Norm(NormKind.Two, x), Num(2)), x);
        Run("logdet spd", LogDet(Xs), Xs);
        Run("logdet", LogDet(Xq), Xq);
        Run("logdet H", LogDet(Xs), Xs, 2);
        Run("det", Det(Xq), Xq);
        Run("tr", Trace(Xq), Xq);
        Run("ls", Scale(Divide(One, NN), Power(Norm(NormKind.Two, Sub(MatMul(X, w), y)), Num(2))), w);
        Run("norm^1.5", Power(Norm(NormKind.Two, x), Num(1.5)), x);
        Run("<S,X> - logdet", Sub(Inner(S, Xs), LogDet(Xs)), Xs);
        var z = Add(MatMul(X, w), Scale(b, OnesOf(Shape.Column(N))));
        var sg = Apply(ElementFunction.Sigmoid, z);
        var one = OnesOf(Shape.Column(N));
        var loss = Neg(Sum(Add(Hadamard(y, Apply(ElementFunction.Log, sg)), Hadamard(Sub(one, y), Apply(ElementFunction.Log, Sub(one, sg))))));
        Run("logistic w", loss, w);
        Run("logistic b", loss, b);
        Run("logistic H", loss, w, 2);
        Run("inv", Inverse(Xq), Xq);
        Run("AXB", MatMul(A, Xq, Symbol("B", Shape.Square(n))), Xq);
        Run("log <x,Ax>", Apply(ElementFunction.Log, Inner(x, MatMul(Symbol("A", Shape.Square(n), VarAttributes.Spd), x))), x);
    }
}
