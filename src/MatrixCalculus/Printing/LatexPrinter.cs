using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>
/// Terms as LaTeX (KaTeX renders every command used): x^\top, X^{-1}, X^{-\top},
/// \operatorname{tr}(AXB), \det X, \log\det X, \odot, \oslash, \otimes, \lVert x\rVert_2,
/// \langle a, b\rangle, \frac{2}{N}, \sigma(Xw + b), \mathbf{1}_n, I_n, \mathrm{d}X, with the
/// fewest braces and parentheses the precedence allows. Never throws, whatever the term.
/// </summary>
public static partial class LatexPrinter
{
    /// <summary>The term in LaTeX: <c>(A + A^\top)x</c>.</summary>
    public static string Print(Expr e) => Node(e).Text;

    // One arm per node, in the order of Expr.cs.
    private static Printed Node(Expr? e) => e switch
    {
        null => new("?", Precedence.Primary),
        Var v => new(LatexNames.Identifier(v.Name), Precedence.Primary),
        Const c => ConstNode(c.Value),
        Zero z => Filled(@"\mathbf{0}", z.Of, scalar: "0"),
        Commutation k => new($"K_{{{k.M},{k.N}}}", Precedence.Primary),
        Identity i => new("I" + LatexNames.Subscript(LatexNames.Size(DimText.Factors(i.N))), Precedence.Primary),
        Ones o => Filled(@"\mathbf{1}", o.Of, scalar: "1"),
        Add a => SumNode(a.Terms),
        MatMul m => Join(m.Factors, impliedIdentity: false),
        Scale s => ScaleNode(s, default),
        Divide d => new($@"\frac{{{Print(d.Numerator)}}}{{{Print(d.Denominator)}}}", Precedence.Fraction),
        Transpose t => TransposeNode(t.Arg),
        Inverse i => InverseNode(i.Arg),
        Power p => new(Base(p.Base) + Superscript(Exponent(p.Exponent)), Precedence.Postfix),
        Trace t => Call(@"\operatorname{tr}", t.Arg),
        Det d => DetNode(d.Arg, asFactor: false),
        LogDet l => LogDetNode(l.Arg),
        Hadamard h => InfixNode(h.Left, @"\odot", h.Right),
        HadamardDivide h => InfixNode(h.Left, @"\oslash", h.Right),
        ElementPower p => new(Base(p.Base) + @"^{\circ " + Exponent(p.Exponent) + "}", Precedence.Postfix),
        Kron k => InfixNode(k.Left, @"\otimes", k.Right, entrywise: false),
        Apply a => ApplyNode(a.Function, a.Arg),
        Sum s => Call(@"\operatorname{sum}", s.Arg),
        DiagMatrix d => Call(@"\operatorname{diag}", d.Vector),
        DiagVector d => Call(@"\operatorname{diag}", d.Matrix),
        Vec v => Call(@"\operatorname{vec}", v.Arg),
        Softmax s => Call(@"\operatorname{softmax}", s.Arg),
        LogSumExp l => Call(@"\operatorname{logsumexp}", l.Arg),
        // softmax_rows as the operator with its axis below: \operatorname{softmax}_{\mathrm{rows}}(T)
        SoftmaxAlong s => Call($@"\operatorname{{softmax}}_{{\mathrm{{{Functions.AxisSuffix(s.Along)}}}}}", s.Arg),
        LogSumExpAlong l => Call($@"\operatorname{{logsumexp}}_{{\mathrm{{{Functions.AxisSuffix(l.Along)}}}}}", l.Arg),
        Norm n => NormNode(n.Kind, n.Arg),
        Inner i => new($@"\langle {Print(i.Left)}, {Print(i.Right)}\rangle", Precedence.Primary),
        Differential d => DifferentialNode(d.Arg),
        // Reached only by a node added to Expr.cs without an arm here (the printer tests list
        // every node type); a LaTeX printer must not throw, so it names the node.
        _ => new($@"\text{{{e.GetType().Name}}}", Precedence.Primary),
    };

    // 2, 0.5, \frac{1}{3}, 10^{-5}, 2.5 \cdot 10^{-7}; negative constants are a unary minus.
    private static Printed ConstNode(double v)
    {
        if (double.IsNaN(v)) return new(@"\mathrm{NaN}", Precedence.Primary);
        if (v < 0) return new("-" + ConstNode(-v).Text, Precedence.Unary, Tail.Number);
        if (double.IsPositiveInfinity(v)) return new(@"\infty", Precedence.Primary);
        if (NumberText.IsInteger(v)) return new(NumberText.Integer(v), Precedence.Primary, Tail.Number);
        if (NumberText.CoefficientFraction(v) is var (p, q)) return new($@"\frac{{{p}}}{{{q}}}", Precedence.Fraction, Tail.Number);
        var text = NumberText.Decimal(v);
        return NumberText.Scientific(text) switch
        {
            null => new(text, Precedence.Primary, Tail.Number),
            ("1", var power) => new("10" + Superscript(power), Precedence.Postfix, Tail.Number),
            var (mantissa, power) => new($@"{mantissa} \cdot 10{Superscript(power)}", Precedence.Multiplicative, Tail.Number),
        };
    }

    // \mathbf{1}_n, \mathbf{1}_n^\top for a row, \mathbf{1}_{n \times m}; the same for \mathbf{0}.
    private static Printed Filled(string symbol, Shape? shape, string scalar)
    {
        if (!DimText.HasDims(shape) || shape.IsScalar) return new(scalar, Precedence.Primary, Tail.Number);
        string Size(Dim d) => LatexNames.Size(DimText.Factors(d));
        if (shape.Cols.IsOne) return new(symbol + LatexNames.Subscript(Size(shape.Rows)), Precedence.Primary);
        if (shape.Rows.IsOne) return new(symbol + LatexNames.Subscript(Size(shape.Cols)) + @"^\top", Precedence.Postfix);
        return new(symbol + "_{" + Size(shape.Rows) + @" \times " + Size(shape.Cols) + "}", Precedence.Primary);
    }
}
