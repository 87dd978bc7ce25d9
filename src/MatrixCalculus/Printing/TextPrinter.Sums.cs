using System.Text;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

public static partial class TextPrinter
{
    private sealed partial class Writer
    {
        // a + b - c: a term that prints with a leading unary minus (Scale(-1, c), -3) is subtracted.
        private Printed SumNode(IReadOnlyList<Expr> terms)
        {
            if (terms.Count == 0) return new("0", Precedence.Primary, Tail.Number);
            if (terms.Count == 1) return Node(terms[0]);
            var contexts = SumContext.ForTerms(terms);
            var text = new StringBuilder();
            var tail = Tail.Closed;
            for (int i = 0; i < terms.Count; i++)
            {
                // A sum inside a sum is no smart constructor's output; keep its grouping visible.
                var term = SumTerm(terms[i], contexts[i]).AtLeast(Precedence.Unary);
                if (i == 0) text.Append(term.Text);
                else if (term.Level == Precedence.Unary) text.Append(" - ").Append(term.Text, 1, term.Text.Length - 1);
                else text.Append(" + ").Append(term.Text);
                tail = term.Tail;
            }
            return new(text.ToString(), Precedence.Sum, tail);
        }

        private Printed SumTerm(Expr term, SumContext context) => term switch
        {
            // σ(Xw + 1): the ones of a broadcast print as the scalar 1.
            Ones when context.BareBroadcast => new("1", Precedence.Primary, Tail.Number),
            Identity when context.IdentityImplied => ImpliedIdentity,
            Scale s => ScaleNode(s, context),
            _ => Node(term),
        };

        private static readonly Printed ImpliedIdentity = new("I", Precedence.Primary, Tail.Letter);

        // s·t·B prints as the product of the coefficients and B's factors: 2Ax, (2/N)X'(Xw - y), αβx;
        // a negative constant in front becomes a unary minus (-X^-1 V X^-1, -2x); in a sum, a broadcast
        // s·1 prints as s and λ·I as λI.
        private Printed ScaleNode(Scale scale, SumContext context)
        {
            var coefficients = new List<Expr>();
            Expr body = scale;
            while (body is Scale s) { coefficients.Add(s.Coefficient); body = s.Body; }

            var negative = false;
            if (coefficients[0] is Const { Value: < 0 } lead)
            {
                negative = true;
                var magnitude = -lead.Value;
                if (magnitude == 1) coefficients.RemoveAt(0);
                else coefficients[0] = new Const(magnitude);
            }

            // An exact fraction in front: (3/2)I_n, and 1/q as a division, N/2 and (A + A')/2.
            var plainBody = body is Ones && context.BareBroadcast || body is Identity && context.IdentityImplied;
            if (!plainBody && coefficients.Count > 0 && coefficients[0] is Const lead2 && NumberText.ExactFraction(lead2.Value) is var (p, q))
            {
                if (p == 1 && !inNumerator)
                {
                    var rest = coefficients.Skip(1).Reverse().Aggregate(body, (acc, c) => new Scale(c, acc));
                    var divided = DivideNode(rest, new Const(q));
                    return negative ? Negated(divided) : divided;
                }
            }
            var factors = coefficients.Select(Node).ToList();
            // p/q is one number literal to the tokenizer: (3/2) groups it against what follows
            if (!plainBody && coefficients.Count > 0 && coefficients[0] is Const exact && NumberText.ExactFraction(exact.Value) is var (num, den))
                factors[0] = new Printed($"({num}/{den})", Precedence.Primary, Tail.Closed);
            switch (body)
            {
                case Ones when context.BareBroadcast: break;
                case Identity when context.IdentityImplied: factors.Add(ImpliedIdentity); break;
                case MatMul m: factors.AddRange(ChainFactors(m.Factors)); break;
                default: factors.Add(Node(body)); break;
            }

            var product = factors.Count switch
            {
                0 => new Printed("1", Precedence.Primary, Tail.Number),
                1 => factors[0],
                _ => TextJuxtaposition.Join(factors, words, insideNorm),
            };
            return negative ? Negated(product) : product;
        }

        // -x/N = -(x/N) and -x .* y = -(x .* y): unary minus binds looser than any product.
        private static Printed Negated(Printed product)
        {
            var operand = product.AtLeast(Precedence.Multiplicative);
            return new("-" + operand.Text, Precedence.Unary, operand.Tail);
        }
    }
}
