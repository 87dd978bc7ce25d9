using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

public static partial class TextPrinter
{
    private sealed partial class Writer
    {
        // The parser reads a run of factors whose product is 1×1 as a scalar coefficient
        // (x'y z = (x'y)z), so a chain that passes through 1×1 before its end (x'u v'y, built
        // from x'(uv')y) keeps its middle grouped: x'(uv')y, and x'(uv') for a row. Inside the
        // group the run starts with a column, which never closes to 1×1.
        private List<Printed> ChainFactors(IReadOnlyList<Expr> factors)
        {
            int last = factors.Count - 1;
            bool PassesThroughScalar() =>
                SumContext.ShapeOrNull(factors[0]) is { Rows.IsOne: true }
                && Enumerable.Range(1, last - 1).Any(i => SumContext.ShapeOrNull(factors[i]) is { Cols.IsOne: true });
            if (factors.Count < 3 || !PassesThroughScalar()) return factors.Select(Node).ToList();
            var endsInColumn = SumContext.ShapeOrNull(factors[last]) is { Cols.IsOne: true };
            var middle = factors.Skip(1).Take(endsInColumn ? last - 1 : last).Select(Node).ToList();
            var group = TextJuxtaposition.Join(middle, words, insideNorm).Parenthesized();
            return endsInColumn ? [Node(factors[0]), group, Node(factors[last])] : [Node(factors[0]), group];
        }

        // a/b, left associative at the multiplicative level. The numerator is a product or tighter
        // ((x .* y)/N rather than x .* y/N, which reads as x .* (y/N)); the denominator is a postfix
        // term or tighter (x/(2N), x/(a + b)), the textbook's 3x/(2||x||^(1/2)).
        private Printed DivideNode(Expr numerator, Expr denominator)
        {
            // A half in front of a numerator prints as (1/2)a/d, not as the division (a/2)/d.
            var outer = inNumerator;
            inNumerator = true;
            Printed top;
            try { top = Node(numerator).AtLeast(Precedence.Juxtaposition); }
            finally { inNumerator = outer; }
            var bottom = Node(denominator).AtLeast(Precedence.Postfix);
            // "2/3" is one number literal to the tokenizer: x^2/3 would read as x^(2/3).
            if (EndsWithDigit(top.Text) && StartsWithDigit(bottom.Text)) top = top.Parenthesized();
            return new(top.Text + "/" + bottom.Text, Precedence.Multiplicative, bottom.Tail);
        }

        // a .* b, a ./ b: left associative, so the right operand is a product or tighter. The
        // identity needs no size next to an operand that has one (A .* I), and a broadcast on the
        // left of ./ prints as its scalar (1 ./ x, 2 ./ x), which the parser broadcasts.
        private Printed InfixNode(Expr left, string op, Expr right)
        {
            var l = (SumContext.IsBroadcastDividend(left, right, op == "./")
                ? SumTerm(left, new SumContext(BareBroadcast: true, IdentityImplied: false))
                : Operand(left, right)).AtLeast(Precedence.Multiplicative);
            var r = Operand(right, left).AtLeast(Precedence.Juxtaposition);
            return new($"{l.Text} {op} {r.Text}", Precedence.Multiplicative, r.Tail);

            Printed Operand(Expr e, Expr other) =>
                e is Identity && SumContext.DeterminesSize(other) ? ImpliedIdentity : Node(e);
        }

        private static bool EndsWithDigit(string text) => text.Length > 0 && char.IsAsciiDigit(text[^1]);
        private static bool StartsWithDigit(string text) => text.Length > 0 && char.IsAsciiDigit(text[0]);
    }
}
