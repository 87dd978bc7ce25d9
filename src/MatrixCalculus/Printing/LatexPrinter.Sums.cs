using System.Text;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

public static partial class LatexPrinter
{
    // a + b - c, with the text printer's omissions: a broadcast s·1 is s, and λI needs no size.
    private static Printed SumNode(IReadOnlyList<Expr> terms)
    {
        if (terms.Count == 0) return new("0", Precedence.Primary, Tail.Number);
        if (terms.Count == 1) return Node(terms[0]);
        var contexts = SumContext.ForTerms(terms);
        var text = new StringBuilder();
        for (int i = 0; i < terms.Count; i++)
        {
            var term = SumTerm(terms[i], contexts[i]).AtLeast(Precedence.Unary);
            if (i == 0) text.Append(term.Text);
            else if (term.Level == Precedence.Unary) text.Append(" - ").Append(term.Text, 1, term.Text.Length - 1);
            else text.Append(" + ").Append(term.Text);
        }
        return new(text.ToString(), Precedence.Sum);
    }

    private static Printed SumTerm(Expr term, SumContext context) => term switch
    {
        Ones when context.BareBroadcast => new("1", Precedence.Primary, Tail.Number),
        Identity when context.IdentityImplied => new("I", Precedence.Primary),
        Scale s => ScaleNode(s, context),
        _ => Node(term),
    };

    // Coefficients in front of the body's factors: 2Ax, \frac{2}{N}X^\top(Xw - y); a negative
    // constant in front is a unary minus.
    private static Printed ScaleNode(Scale scale, SumContext context)
    {
        var factors = new List<Expr>();
        Expr body = scale;
        while (body is Scale s) { factors.Add(s.Coefficient); body = s.Body; }

        var negative = false;
        if (factors[0] is Const { Value: < 0 } lead)
        {
            negative = true;
            if (lead.Value == -1) factors.RemoveAt(0);
            else factors[0] = new Const(-lead.Value);
        }

        // An exact fraction in front prints as \frac{3}{2}, never 1.5.
        if (!(body is Ones && context.BareBroadcast) && factors.Count > 0 && factors[0] is Const c && NumberText.ExactFraction(c.Value) is var (p, q))
            factors[0] = new Divide(new Const(p), new Const(q));
        var impliedIdentity = body is Identity && context.IdentityImplied;
        switch (body)
        {
            case Ones when context.BareBroadcast: break;
            case MatMul m: factors.AddRange(m.Factors); break;
            default: factors.Add(body); break;
        }

        var product = factors.Count switch
        {
            0 => new Printed("1", Precedence.Primary, Tail.Number),
            1 => impliedIdentity ? new("I", Precedence.Primary) : Node(factors[0]),
            _ => Join(factors, impliedIdentity),
        };
        if (!negative) return product;
        return new("-" + product.AtLeast(Precedence.Multiplicative).Text, Precedence.Unary);
    }
}
