using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

public static partial class LatexPrinter
{
    private static Printed Call(string name, Expr arg) => new($"{name}({Print(arg)})", Precedence.Primary);

    // \det X for a variable (\det(X) as a factor before others), \det(AB) otherwise.
    private static Printed DetNode(Expr arg, bool asFactor) =>
        arg is Var && !asFactor
            ? new(@"\det " + Print(arg), Precedence.Prefix)
            : Call(@"\det", arg);

    // \log\det X; \log\det(AB). Prefix level: (\log\det X)^2.
    private static Printed LogDetNode(Expr arg) =>
        new(arg is Var ? @"\log\det " + Print(arg) : $@"\log\det({Print(arg)})", Precedence.Prefix);

    private static Printed ApplyNode(ElementFunction f, Expr arg) => f switch
    {
        ElementFunction.Exp => Call(@"\exp", arg),
        ElementFunction.Log => Call(@"\log", arg),
        ElementFunction.Sin => Call(@"\sin", arg),
        ElementFunction.Cos => Call(@"\cos", arg),
        ElementFunction.Tan => Call(@"\tan", arg),
        ElementFunction.Arcsin => Call(@"\arcsin", arg),
        ElementFunction.Arccos => Call(@"\arccos", arg),
        ElementFunction.Arctan => Call(@"\arctan", arg),
        ElementFunction.Tanh => Call(@"\tanh", arg),
        ElementFunction.Sqrt => new($@"\sqrt{{{Print(arg)}}}", Precedence.Primary),
        ElementFunction.Abs => new($@"\lvert {Print(arg)}\rvert", Precedence.Primary),
        ElementFunction.Sigmoid => Call(@"\sigma", arg),
        _ => Call(@"\operatorname{" + Functions.Name(f) + "}", arg),
    };

    // \lVert x\rVert_2, \lVert X\rVert_F, \lVert x\rVert_1. The 2-norm of a matrix is its
    // Frobenius norm (the spectral norm is not supported), so it is written _F.
    private static Printed NormNode(NormKind kind, Expr arg)
    {
        var subscript = kind switch
        {
            NormKind.One => "1",
            NormKind.Frobenius => "F",
            _ => SumContext.ShapeOrNull(arg) is { IsMatrix: true } ? "F" : "2",
        };
        return new($@"\lVert {Print(arg)}\rVert_{subscript}", Precedence.Primary);
    }

    // \mathrm{d}X for a variable, \mathrm{d}(AB) otherwise.
    private static Printed DifferentialNode(Expr arg) =>
        arg is Var v
            ? new(@"\mathrm{d}" + LatexNames.Identifier(v.Name), Precedence.Primary, Tail.Differential)
            : new($@"\mathrm{{d}}({Print(arg)})", Precedence.Primary, Tail.Differential);
}
