using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

public static partial class TextPrinter
{
    private sealed partial class Writer
    {
        // x' for a primary, (AB)' and (X^-1)' otherwise.
        private Printed TransposeNode(Expr arg) =>
            new(Node(arg).AtLeast(Precedence.Primary).Text + "'", Precedence.Postfix);

        // X^-1, A^2, x.^2 on a primary; a transpose may take a power after it (X'^-1, the textbook
        // X^-T); anything else is parenthesized: (A + B)^-1, (x^2)^3, (log det X)^2, (-2)^k.
        private Printed PostfixNode(Expr @base, string suffix)
        {
            var printed = Node(@base);
            var chained = @base is Transpose && printed.Level == Precedence.Postfix;
            if (!chained) printed = printed.AtLeast(Precedence.Primary);
            return new(printed.Text + suffix, Precedence.Postfix, Tail.Exponent);
        }

        // What follows '^': the grammar takes a number, -number, a name or a parenthesized
        // expression. Non-integer constants read as fractions where one is exact (x^(1/2)); the name
        // T would be the transpose (A^T), and a multi-letter name a word, so both get parentheses.
        private string Exponent(Expr exponent)
        {
            switch (exponent)
            {
                case Const { Value: var v } when NumberText.IsInteger(v):
                    return (v < 0 ? "-" : "") + NumberText.Integer(v);
                case Const { Value: var v } when NumberText.ExponentFraction(v) is var (p, q):
                    return $"({(v < 0 ? "-" : "")}{p}/{q})";
                case Const { Value: var v } when double.IsFinite(v):
                    return (v < 0 ? "-" : "") + NumberText.Decimal(v);
                case Var { Name: var name } when name is not "T" && Identifiers.IsSimple(name ?? ""):
                    return Identifiers.Print(name!).Text;
                default:
                    return "(" + Text(exponent) + ")";
            }
        }
    }
}
