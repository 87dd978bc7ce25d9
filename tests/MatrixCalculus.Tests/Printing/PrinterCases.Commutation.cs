using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;

namespace MatrixCalculus.Tests.Printing;

// K_{m,n}: the text is the parser's own spelling, a primary that juxtaposes like a name with a
// braced subscript (nothing can extend it), in LaTeX a plain K with both sizes.
public static partial class PrinterCases
{
    private static IEnumerable<PrinterCase> Commutations() =>
    [
        Row(Commutation(m, n), "K_{m,n}", "K_{m,n}"),
        // a symbol K stays a symbol, and one with digits and a subscript keeps its digits on the
        // letter in LaTeX (K_{2,ij} would be the commutation matrix)
        Row(Mat("K"), "K", "K"),
        Row(Mat("K_m"), "K_m", "K_m"),
        Row(Mat("K_xy"), "K_{xy}", "K_{xy}"),
        Row(Mat("K2_ij"), "K2_{ij}", "K2_{ij}"),
        Row(Commutation(n, n), "K_{n,n}", "K_{n,n}"),
        Row(Commutation(Dim.Of(3), Dim.Of(2)), "K_{3,2}", "K_{3,2}"),
        Row(MatMul(Commutation(n, n), Kron(X, Y)), "K_{n,n} kron(X, Y)", @"K_{n,n}(X \otimes Y)"),
        Row(MatMul(Kron(A, B), Commutation(n, n)), "kron(A, B)K_{n,n}", @"(A \otimes B)K_{n,n}"),
        Row(MatMul(Commutation(n, n), Kron(X, Y), Commutation(n, n)), "K_{n,n} kron(X, Y)K_{n,n}", @"K_{n,n}(X \otimes Y)K_{n,n}"),
        Row(MatMul(Commutation(n, n), Vec(X)), "K_{n,n} vec(X)", @"K_{n,n}\operatorname{vec}(X)"),
        Row(MatMul(Vec(X).T, Commutation(n, n), Vec(Y)), "vec(X)'K_{n,n} vec(Y)", @"\operatorname{vec}(X)^\top K_{n,n}\operatorname{vec}(Y)"),
        Row(Scale(Num(2), Commutation(n, n)), "2K_{n,n}", "2K_{n,n}"),
        Row(Scale(α, Commutation(n, n)), "αK_{n,n}", @"\alpha K_{n,n}"),
        Row(new Transpose(Commutation(m, n)), "K_{m,n}'", @"K_{m,n}^\top"),
        Row(new Inverse(Commutation(m, n)), "K_{m,n}^-1", @"K_{m,n}^{-1}"),
        // beside K, the identity takes K's size and needs no subscript
        Row(Add(Commutation(n, n), Eye(DimOps.Times(n, n))), "K_{n,n} + I", "K_{n,n} + I"),
        Row(Kron(Commutation(n, n), A), "kron(K_{n,n}, A)", @"K_{n,n} \otimes A"),
        Row(Trace(MatMul(Commutation(n, n), Kron(X, Y))), "tr(K_{n,n} kron(X, Y))", @"\operatorname{tr}(K_{n,n}(X \otimes Y))"),
    ];
}
