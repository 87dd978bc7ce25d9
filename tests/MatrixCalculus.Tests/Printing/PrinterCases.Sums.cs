using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;

namespace MatrixCalculus.Tests.Printing;

public static partial class PrinterCases
{
    private static IEnumerable<PrinterCase> Sums() =>
    [
        Row(x + y, "x + y", "x + y"),
        Row(x - y, "x - y", "x - y"),
        Row(x - 2 * y, "x - 2y", "x - 2y"),
        Row(-x + y, "-x + y", "-x + y"),
        Row(α + Num(-3), "α - 3", @"\alpha - 3"),
        Row(x - (y + z), "x - (y + z)", "x - (y + z)"),
        // the identity takes its size from the other terms
        Row(A + Eye(n), "A + I", "A + I"),
        Row(A - λ * Eye(n), "A - λI", @"A - \lambda I"),
        Row(Eye(n) + Scale(β, OnesOf(Square(n))), "I_n + β", @"I_n + \beta"),
        // broadcast: a scalar added to a vector is s·1, printed as s
        Row(Apply(ElementFunction.Sigmoid, Xd * w + Scale(b, OnesOf(Col(N)))), "σ(Xw + b)", @"\sigma(Xw + b)"),
        Row(OnesOf(Col(n)) - y, "1 - y", "1 - y"),
        Row(x - Scale(β, OnesOf(Col(n))), "x - β", @"x - \beta"),
        Row(x + 2 * Scale(β, OnesOf(Col(n))), "x + 2β", @"x + 2\beta"),
        Row(x + Scale(Num(0.5), OnesOf(Col(n))), "x + 0.5", "x + 0.5"),
        // with no term to take the size from, the ones keep their subscript; sums are left
        // associative, so broadcasts before the first sized term keep it too (1 + β would be scalar)
        Row(OnesOf(Col(n)) + Scale(β, OnesOf(Col(n))), "1_n + β 1_n", @"\mathbf{1}_n + \beta\mathbf{1}_n"),
        Row(Add(OnesOf(Col(n)), Scale(β, OnesOf(Col(n))), Neg(y)), "1_n + β 1_n - y", @"\mathbf{1}_n + \beta\mathbf{1}_n - y"),
        Row(Add(Scale(β, OnesOf(Col(n))), y, OnesOf(Col(n))), "β + y + 1", @"\beta + y + 1"),
        // hand-built records no smart constructor makes read back as the smart constructor's form
        Row(new Add([x, new Add([y, z])]), "x + (y + z)", "x + (y + z)", x + y + z),
    ];
}
