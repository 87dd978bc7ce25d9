using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>
/// Terms as text in the expression language, re-parseable, with the fewest parentheses the
/// precedence of the grammar allows and a textbook's conventions: juxtaposition for products
/// (x'Ax, X'(Xw - y)), x' for transposes, X^-1, scalars in front ((2/N)X'(Xw - y)), a - b for
/// a + (-1)b, and size subscripts (I_n, 1_n) wherever the neighbours do not imply the size.
/// The conventions are listed in the grammar README.
/// </summary>
public static partial class TextPrinter
{
    /// <summary>The term as the language writes it: <c>(A + A')x</c>; the text parses back to the same term.</summary>
    public static string Print(Expr e) => Print(e, declaredNames: null);

    /// <summary>
    /// The text of a term that will be read back under declarations naming multi-letter symbols
    /// the term itself may not contain (f has ab, its gradient only a and b): glued one-letter
    /// factors then never spell one of them.
    /// </summary>
    /// <remarks>
    /// A whole term that is zero prints as 0, as a textbook writes a zero Hessian; inside a term a
    /// zero keeps its shape (0*1_n), so that exp(0*1_n) stays a vector when it is read back.
    /// </remarks>
    public static string Print(Expr e, IEnumerable<string>? declaredNames) =>
        e is Zero ? "0" : new Writer(DeclaredWords(e, declaredNames)).Text(e);

    // Multi-letter names (bias, foo): the tokenizer reads a declared name as one word, so glued
    // one-letter factors must not spell one (b·i·a·s is not bias).
    private static string[] DeclaredWords(Expr e, IEnumerable<string>? declaredNames)
    {
        var words = new SortedSet<string>(declaredNames?.Where(n => !Identifiers.IsSimple(n)) ?? [], StringComparer.Ordinal);
        Collect(e);
        return [.. words];

        void Collect(Expr? node)
        {
            if (node is Var { Name: { } name } && !Identifiers.IsSimple(name)) words.Add(name);
            if (node is null) return;
            foreach (var child in node.Children()) Collect(child);
        }
    }

    private sealed partial class Writer(string[] words)
    {
        // Inside ||…|| (up to the next bracket) the parser reads a "||" after an operand as the
        // closing bars, so a norm there cannot follow another factor without parentheses.
        private bool insideNorm;
        // In the numerator of a division, 1/2 in front prints as (1/2), never as a second division.
        private bool inNumerator;

        /// <summary>The text of a bracketed subterm: a call's argument, an inner product's, an exponent.</summary>
        public string Text(Expr? e) => Within(norm: false, e);

        private string Within(bool norm, Expr? e)
        {
            var (outer, outerNumerator) = (insideNorm, inNumerator);
            (insideNorm, inNumerator) = (norm, false);
            try { return Node(e).Text; }
            finally { (insideNorm, inNumerator) = (outer, outerNumerator); }
        }

        // One arm per node, in the order of Expr.cs.
        private Printed Node(Expr? e) => e switch
        {
            null => new("?", Precedence.Primary),
            Var v => VarNode(v.Name),
            Const c => ConstNode(c.Value),
            Zero z => ZeroNode(z.Of),
            Identity i => IdentityNode(i.N),
            Commutation k => new($"K_{{{k.M},{k.N}}}", Precedence.Primary),
            Ones o => OnesNode(o.Of),
            Add a => SumNode(a.Terms),
            MatMul m => TextJuxtaposition.Join(ChainFactors(m.Factors), words, insideNorm),
            Scale s => ScaleNode(s, default),
            Divide d => DivideNode(d.Numerator, d.Denominator),
            Transpose t => TransposeNode(t.Arg),
            Inverse i => PostfixNode(i.Arg, "^-1"),
            Power p => PostfixNode(p.Base, "^" + Exponent(p.Exponent)),
            Trace t => Call("tr", t.Arg),
            Det d => Call("det", d.Arg),
            LogDet l => LogDetNode(l.Arg),
            Hadamard h => InfixNode(h.Left, ".*", h.Right),
            HadamardDivide h => InfixNode(h.Left, "./", h.Right),
            ElementPower p => PostfixNode(p.Base, ".^" + Exponent(p.Exponent)),
            Kron k => Call("kron", k.Left, k.Right),
            Apply a => Call(Functions.Name(a.Function), a.Arg),
            Sum s => Call("sum", s.Arg),
            DiagMatrix d => Call("diag", d.Vector),
            DiagVector d => Call("diag", d.Matrix),
            Vec v => Call("vec", v.Arg),
            Softmax s => Call("softmax", s.Arg),
            LogSumExp l => Call("logsumexp", l.Arg),
            SoftmaxAlong s => Call("softmax_" + Functions.AxisSuffix(s.Along), s.Arg),
            LogSumExpAlong l => Call("logsumexp_" + Functions.AxisSuffix(l.Along), l.Arg),
            Norm n => NormNode(n.Kind, n.Arg),
            Inner i => new($"<{Text(i.Left)}, {Text(i.Right)}>", Precedence.Primary),
            Differential d => DifferentialNode(d.Arg),
            // Reached only by a node added to Expr.cs without an arm here; the printer tests list
            // every node type, so this text never survives a test run.
            _ => new($"⟦{e.GetType().Name}⟧", Precedence.Primary),
        };

        private Printed VarNode(string? name) =>
            string.IsNullOrEmpty(name) ? new("?", Precedence.Primary) : Identifiers.Print(name);

        // Integers without ".0", short decimals (0.5), exact fractions for long ones (1/3, one number
        // literal to the tokenizer); a negative constant is a unary minus, so a sum writes x - 3.
        private Printed ConstNode(double v)
        {
            if (double.IsNaN(v)) return new("NaN", Precedence.Primary, Tail.Word);
            if (v < 0) return new("-" + ConstNode(-v).Text, Precedence.Unary, Tail.Number);
            if (double.IsPositiveInfinity(v)) return new("∞", Precedence.Primary);
            if (NumberText.IsInteger(v)) return new(NumberText.Integer(v), Precedence.Primary, Tail.Number);
            if (NumberText.CoefficientFraction(v) is var (p, q)) return new($"{p}/{q}", Precedence.Multiplicative, Tail.Number);
            return new(NumberText.Decimal(v), Precedence.Primary, Tail.Number);
        }

        // A zero vector or matrix is 0 times the identity or ones of its shape: 0*I_n, 0*1_n,
        // 0*1_n 1_m'. The parser's 0·A folds to the zero of A's shape, and eval knows every size.
        private Printed ZeroNode(Shape? shape)
        {
            if (!DimText.HasDims(shape) || shape.IsScalar) return new("0", Precedence.Primary, Tail.Number);
            var ones = shape.IsSquare ? IdentityNode(shape.Rows) : OnesNode(shape);
            return new("0*" + ones.AtLeast(Precedence.Juxtaposition).Text, Precedence.Multiplicative, ones.Tail);
        }

        /// <summary>I_n, I_3, I_{n1}; for a product size n·m, kron(I_n, I_m).</summary>
        private Printed IdentityNode(Dim? n) => KronOfFactors(n, size => new("I" + DimText.Subscript(size), Precedence.Primary, DimText.SubscriptTail(size)));

        // 1_n for a column, 1_n' for a row, and the outer product 1_n 1_m' for a matrix.
        private Printed OnesNode(Shape? shape)
        {
            if (!DimText.HasDims(shape) || shape.IsScalar) return new("1", Precedence.Primary, Tail.Number);
            if (shape.Cols.IsOne) return OnesVector(shape.Rows);
            var row = OnesVector(shape.Cols).Text + "'";
            if (shape.Rows.IsOne) return new(row, Precedence.Postfix);
            return new(OnesVector(shape.Rows).Text + " " + row, Precedence.Juxtaposition);
        }

        private Printed OnesVector(Dim? n) => KronOfFactors(n, size => new("1" + DimText.Subscript(size), Precedence.Primary, DimText.SubscriptTail(size)));

        private Printed KronOfFactors(Dim? n, Func<string, Printed> ofSize) =>
            DimText.Factors(n).Select(ofSize).Aggregate((left, right) => new($"kron({left.Text}, {right.Text})", Precedence.Primary));
    }
}
