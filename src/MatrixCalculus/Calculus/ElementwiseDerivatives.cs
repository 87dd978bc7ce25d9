using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;
using F = MatrixCalculus.Terms.ElementFunction;

namespace MatrixCalculus.Calculus;

/// <summary>d f(A) = f'(A) ⊙ dA for each entrywise f, written the way the notes print them.</summary>
internal static class ElementwiseDerivatives
{
    public static Expr Differential(Apply a, Expr dA)
    {
        var x = a.Arg;
        var one = OnesOf(x.Shape);
        Expr Sq(Expr e) => ElementPower(e, Num(2));
        Expr Fn(F f, Expr e) => Ex.Apply(f, e);
        return a.Function switch
        {
            // d exp(A) = exp(A) ⊙ dA
            F.Exp => Hadamard(a, dA),
            // d log(A) = dA ./ A
            F.Log => HadamardDivide(dA, x),
            // d sin(A) = cos(A) ⊙ dA
            F.Sin => Hadamard(Fn(F.Cos, x), dA),
            // d cos(A) = -sin(A) ⊙ dA
            F.Cos => Neg(Hadamard(Fn(F.Sin, x), dA)),
            // d tan(A) = dA ./ cos(A)²
            F.Tan => HadamardDivide(dA, Sq(Fn(F.Cos, x))),
            // d arcsin(A) = dA ./ sqrt(1 - A²)
            F.Arcsin => HadamardDivide(dA, Fn(F.Sqrt, Sub(one, Sq(x)))),
            // d arccos(A) = -dA ./ sqrt(1 - A²)
            F.Arccos => Neg(HadamardDivide(dA, Fn(F.Sqrt, Sub(one, Sq(x))))),
            // d arctan(A) = dA ./ (1 + A²)
            F.Arctan => HadamardDivide(dA, Add(one, Sq(x))),
            // d tanh(A) = (1 - tanh(A)²) ⊙ dA
            F.Tanh => Hadamard(Sub(one, Sq(a)), dA),
            // d sqrt(A) = dA ./ (2 sqrt(A))
            F.Sqrt => HadamardDivide(dA, Scale(Num(2), a)),
            // d|A| = sign(A) ⊙ dA
            F.Abs => Hadamard(Fn(F.Sign, x), dA),
            // d sign(A) = 0 and d step(A) = 0 away from 0
            F.Sign or F.Step => ZeroOf(x.Shape),
            // d σ(A) = σ(A) ⊙ (1 - σ(A)) ⊙ dA
            F.Sigmoid => Hadamard(Hadamard(a, Sub(one, a)), dA),
            // d relu(A) = step(A) ⊙ dA, step(A) = [A > 0]
            F.Relu => Hadamard(Fn(F.Step, x), dA),
            // d softplus(A) = σ(A) ⊙ dA
            F.Softplus => Hadamard(Fn(F.Sigmoid, x), dA),
            _ => throw new ArgumentOutOfRangeException(nameof(a), a.Function, null),
        };
    }
}
