using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

public static partial class TextPrinter
{
    private sealed partial class Writer
    {
        // tr(AXB), exp(x), kron(A, B): a call with parentheses is a primary (tr(X)^2 = (tr X)^2).
        private Printed Call(string name, params Expr[] args) =>
            new($"{name}({string.Join(", ", args.Select(Text))})", Precedence.Primary);

        // log det X, the textbook form; the parser folds log(det X) into LogDet. A compound argument
        // keeps its parentheses: log det(AB). Prefix level, so (log det X)^2 and (log det X)Y.
        private Printed LogDetNode(Expr arg) =>
            arg is Var && Node(arg) is { Level: Precedence.Primary } name
                ? new("log det " + name.Text, Precedence.Prefix, name.Tail)
                : new($"log det({Text(arg)})", Precedence.Prefix);

        // ||x||, ||X||_F, ||x||_1. Bars inside bars are hard to read (||x|| ||y|| ||), so a norm
        // of something containing a norm is written as the call norm2(…) / norm1(…); the call
        // norm2 of a matrix would be the unsupported spectral norm, so a matrix keeps its bars,
        // set apart by spaces: || A - ||A||I ||.
        private Printed NormNode(NormKind kind, Expr arg)
        {
            // The call form's argument is bracketed, so it prints as at the top level.
            var inner = Text(arg);
            var nested = inner.Contains('|');
            var matrix = SumContext.ShapeOrNull(arg) is { IsMatrix: true };
            var subscript = kind switch { NormKind.One => "_1", NormKind.Frobenius => "_F", _ => "" };
            var tail = subscript.Length > 0 ? Tail.Subscript : Tail.Closed;
            if (!nested) return new($"||{inner}||{subscript}", Precedence.Primary, tail);
            if (kind == NormKind.One) return new($"norm1({inner})", Precedence.Primary);
            if (kind != NormKind.Frobenius && !matrix) return new($"norm2({inner})", Precedence.Primary);
            return new($"|| {Within(norm: true, arg)} ||{subscript}", Precedence.Primary, tail);
        }

        // dX for a variable, d(AB) otherwise; set apart from its neighbours (x'A dx, X^-1 dX X^-1).
        private Printed DifferentialNode(Expr arg) =>
            arg is Var { Name: var name } && Identifiers.IsSimple(name ?? "")
                ? new("d" + Identifiers.Print(name!).Text, Precedence.Primary, Tail.Differential)
                : new($"d({Text(arg)})", Precedence.Primary, Tail.Differential);
    }
}
