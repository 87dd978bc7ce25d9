using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

public static partial class TextPrinter
{
    private sealed partial class Writer
    {
        // a/b, left associative at the multiplicative level. The numerator is a product or tighter
        // ((x .* y)/N rather than x .* y/N, which reads as x .* (y/N)); the denominator is a postfix
        // term or tighter (x/(2N), x/(a + b)), the textbook's 3x/(2||x||^(1/2)).
        private Printed DivideNode(Expr numerator, Expr denominator)
        {
            var top = Node(numerator).AtLeast(Precedence.Juxtaposition);
            var bottom = Node(denominator).AtLeast(Precedence.Postfix);
            // "2/3" is one number literal to the tokenizer: x^2/3 would read as x^(2/3).
            if (EndsWithDigit(top.Text) && StartsWithDigit(bottom.Text)) top = top.Parenthesized();
            return new(top.Text + "/" + bottom.Text, Precedence.Multiplicative, bottom.Tail);
        }

        // a .* b, a ./ b: left associative, so the right operand is a product or tighter. The
        // identity needs no size next to an operand that has one (A .* I).
        private Printed InfixNode(Expr left, string op, Expr right)
        {
            var l = Operand(left, right).AtLeast(Precedence.Multiplicative);
            var r = Operand(right, left).AtLeast(Precedence.Juxtaposition);
            return new($"{l.Text} {op} {r.Text}", Precedence.Multiplicative, r.Tail);

            Printed Operand(Expr e, Expr other) =>
                e is Identity && SumContext.DeterminesSize(other) ? ImpliedIdentity : Node(e);
        }

        private static bool EndsWithDigit(string text) => text.Length > 0 && char.IsAsciiDigit(text[^1]);
        private static bool StartsWithDigit(string text) => text.Length > 0 && char.IsAsciiDigit(text[0]);
    }
}
