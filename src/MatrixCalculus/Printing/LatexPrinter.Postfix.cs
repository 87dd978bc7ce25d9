using System.Text.RegularExpressions;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

public static partial class LatexPrinter
{
    [GeneratedRegex(@"^(.|\\[A-Za-z]+)$")]
    private static partial Regex SingleToken();

    // x^\top, (AB)^\top; the transpose of an inverse is X^{-\top}.
    private static Printed TransposeNode(Expr arg) => arg is Inverse i
        ? new(Base(i.Arg) + @"^{-\top}", Precedence.Postfix)
        : new(Base(arg) + @"^\top", Precedence.Postfix);

    // X^{-1}, (A + B)^{-1}; the inverse of a transpose is X^{-\top}.
    private static Printed InverseNode(Expr arg) => arg is Transpose t
        ? new(Base(t.Arg) + @"^{-\top}", Precedence.Postfix)
        : new(Base(arg) + "^{-1}", Precedence.Postfix);

    // A superscript needs a primary without one already (x^\top^2 is a LaTeX error): (A^\top)^2.
    private static string Base(Expr @base) => Node(@base).AtLeast(Precedence.Primary).Text;

    // ^2, ^\alpha, ^{-1}, ^{10}: braces only around more than one token.
    private static string Superscript(string exponent) =>
        SingleToken().IsMatch(exponent) ? "^" + exponent : "^{" + exponent + "}";

    // Constants as in the text (2, -1, 1/2, 0.3), names as identifiers, anything else as it prints.
    private static string Exponent(Expr exponent) => exponent switch
    {
        Const { Value: var v } when NumberText.IsInteger(v) => (v < 0 ? "-" : "") + NumberText.Integer(v),
        Const { Value: var v } when NumberText.ExponentFraction(v) is var (p, q) => $"{(v < 0 ? "-" : "")}{p}/{q}",
        _ => Print(exponent),
    };
}
