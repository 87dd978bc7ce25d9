using System.Text;
using System.Text.RegularExpressions;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

public static partial class LatexPrinter
{
    [GeneratedRegex(@"\\[A-Za-z]+$")]
    private static partial Regex EndsWithControlWord();

    // Factors side by side (x^\top Ax): a space only where a control word would run into the
    // next letter, \, around a differential (X^{-1}\,\mathrm{d}X\,X^{-1}), and \cdot before a
    // number (2 \cdot 3); the empty product is 1. impliedIdentity: the last factor is an identity whose size the sum gives.
    private static Printed Join(IReadOnlyList<Expr> factors, bool impliedIdentity)
    {
        if (factors.Count == 0) return new("1", Precedence.Primary, Tail.Number);
        var text = new StringBuilder();
        Printed? previous = null;
        for (int i = 0; i < factors.Count; i++)
        {
            var isLast = i == factors.Count - 1;
            var factor = isLast && impliedIdentity ? new Printed("I", Precedence.Primary) : Factor(factors[i], isLast);
            if (previous is { } left) text.Append(Separator(left, factor.Text));
            text.Append(factor.Text);
            previous = factor;
        }
        return new(text.ToString(), Precedence.Juxtaposition, previous?.Tail ?? Tail.Closed);
    }

    // A factor binds tighter than the product; \det X and \log\det X only last, as in
    // \det(X) X^{-\top} or (\log\det X)Y.
    private static Printed Factor(Expr e, bool isLast)
    {
        var printed = e is Det d && !isLast ? DetNode(d.Arg, asFactor: true) : Node(e);
        return printed.Level <= Precedence.Juxtaposition || (printed.Level == Precedence.Prefix && !isLast)
            ? printed.Parenthesized()
            : printed;
    }

    private static string Separator(Printed left, string next)
    {
        if (next.Length > 0 && char.IsAsciiDigit(next[0])) return @" \cdot ";
        // 2\frac{1}{3} would read as the mixed number 2⅓.
        if (left.Tail == Tail.Number && next.StartsWith(@"\frac{", StringComparison.Ordinal) && next.Length > 6 && char.IsAsciiDigit(next[6])) return @" \cdot ";
        if (left.Tail == Tail.Differential || next.StartsWith(@"\mathrm{d}", StringComparison.Ordinal)) return @"\,";
        // \alpha x, but \alpha\beta and X^\top(Xw - y).
        return next.Length > 0 && char.IsLetter(next[0]) && EndsWithControlWord().IsMatch(left.Text) ? " " : "";
    }

    // a \odot b, a \oslash b, a \otimes b: left associative, like the text printer. Entrywise
    // operands share a shape, so I needs no size beside a sized operand (A \odot I); 1 \oslash x.
    private static Printed InfixNode(Expr left, string op, Expr right, bool entrywise = true)
    {
        var l = (SumContext.IsBroadcastDividend(left, right, op == @"\oslash")
            ? SumTerm(left, new SumContext(BareBroadcast: true, IdentityImplied: false))
            : Operand(left, right)).AtLeast(Precedence.Multiplicative);
        var r = Operand(right, left).AtLeast(Precedence.Juxtaposition);
        return new($"{l.Text} {op} {r.Text}", Precedence.Multiplicative);

        Printed Operand(Expr e, Expr other) =>
            entrywise && e is Identity && SumContext.DeterminesSize(other) ? new("I", Precedence.Primary) : Node(e);
    }
}
