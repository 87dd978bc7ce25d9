using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

public static partial class TextPrinter
{
    private sealed partial class Writer
    {
        // tr(AXB), exp(x), kron(A, B): a call with parentheses is a primary (tr(X)^2 = (tr X)^2).
        private Printed Call(string name, params Expr[] args) =>
            new($"{name}({string.Join(", ", args.Select(Print))})", Precedence.Primary);

        // log det X, the textbook form; the parser folds log(det X) into LogDet. A compound argument
        // keeps its parentheses: log det(AB). Prefix level, so (log det X)^2 and (log det X)Y.
        private Printed LogDetNode(Expr arg) =>
            arg is Var && Node(arg) is { Level: Precedence.Primary } name
                ? new("log det " + name.Text, Precedence.Prefix, name.Tail)
                : new($"log det({Text(arg)})", Precedence.Prefix);

        // ||x||, ||X||_F, ||x||_1. Bars inside bars are ambiguous to read (||x|| ||y|| ||), so a norm
        // of something containing a norm is written as the call norm2(…) / norm1(…).
        private Printed NormNode(NormKind kind, Expr arg)
        {
            var inner = Text(arg);
            var nested = inner.Contains('|');
            return (kind, nested) switch
            {
                (NormKind.One, false) => new($"||{inner}||_1", Precedence.Primary, Tail.Subscript),
                (NormKind.One, true) => new($"norm1({inner})", Precedence.Primary),
                (NormKind.Frobenius, false) => new($"||{inner}||_F", Precedence.Primary, Tail.Subscript),
                (NormKind.Frobenius, true) => new($"|| {inner} ||_F", Precedence.Primary, Tail.Subscript),
                (_, false) => new($"||{inner}||", Precedence.Primary),
                (_, true) => new($"norm2({inner})", Precedence.Primary),
            };
        }

        // dX for a variable, d(AB) otherwise; set apart from its neighbours (x'A dx, X^-1 dX X^-1).
        private Printed DifferentialNode(Expr arg) =>
            arg is Var { Name: var name } && Identifiers.IsSimple(name ?? "")
                ? new("d" + Identifiers.Print(name!).Text, Precedence.Primary, Tail.Differential)
                : new($"d({Text(arg)})", Precedence.Primary, Tail.Differential);
    }
}
