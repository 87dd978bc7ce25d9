using MatrixCalculus.Semantics;

namespace MatrixCalculus.Terms;

/// <summary>
/// A matrix-calculus term: immutable, typed, span-free, so structural equality is mathematical
/// identity. Every node is on this screen. Build terms through <see cref="Ex"/>, whose smart
/// constructors keep the invariants; the records themselves do not check anything.
/// </summary>
public abstract partial record Expr
{
    public abstract Shape Shape { get; }

    // One printer for every node: record-generated dumps are useless in test failures.
    public sealed override string ToString() => Printing.TextPrinter.Print(this);
}

/// <summary>A symbol: a variable or a constant of the problem (A, x, N, α).</summary>
public sealed record Var(string Name, Shape Declared, VarAttributes Attributes = VarAttributes.None) : Expr
{ public override Shape Shape => Declared; }

/// <summary>A numeric scalar.</summary>
public sealed record Const(double Value) : Expr { public override Shape Shape => Shape.Scalar; }

/// <summary>The zero of a shape.</summary>
public sealed record Zero(Shape Of) : Expr { public override Shape Shape => Of; }

/// <summary>I_n.</summary>
public sealed record Identity(Dim N) : Expr { public override Shape Shape => Shape.Square(N); }

/// <summary>
/// K_{m,n}: the mn×mn commutation matrix, K_{m,n} vec(A) = vec(A') for an m×n A (Magnus and
/// Neudecker). It carries a transpose through vec: d vec(X') = K d vec(X).
/// </summary>
public sealed record Commutation(Dim M, Dim N) : Expr { public override Shape Shape => Shape.Square(DimOps.Times(M, N)); }

/// <summary>All-ones vector or matrix: 1_n, vector(1), matrix(1).</summary>
public sealed record Ones(Shape Of) : Expr { public override Shape Shape => Of; }

/// <summary>A + B + …; every term has the same shape.</summary>
public sealed record Add(Seq<Expr> Terms) : Expr { public override Shape Shape => Terms[0].Shape; }

/// <summary>A B C …: matrix product of non-scalar-coefficient factors.</summary>
public sealed record MatMul(Seq<Expr> Factors) : Expr
{ public override Shape Shape => new(Factors[0].Shape.Rows, Factors[^1].Shape.Cols); }

/// <summary>s · A with s scalar (also the product of two scalars, and broadcasting s·1).</summary>
public sealed record Scale(Expr Coefficient, Expr Body) : Expr { public override Shape Shape => Body.Shape; }

/// <summary>A / s with s scalar.</summary>
public sealed record Divide(Expr Numerator, Expr Denominator) : Expr { public override Shape Shape => Numerator.Shape; }

public sealed record Transpose(Expr Arg) : Expr { public override Shape Shape => Arg.Shape.T; }

public sealed record Inverse(Expr Arg) : Expr { public override Shape Shape => Arg.Shape; }

/// <summary>s^p for scalar s and scalar p; A^k for square A and integer constant k.</summary>
public sealed record Power(Expr Base, Expr Exponent) : Expr { public override Shape Shape => Base.Shape; }

public sealed record Trace(Expr Arg) : Expr { public override Shape Shape => Shape.Scalar; }

public sealed record Det(Expr Arg) : Expr { public override Shape Shape => Shape.Scalar; }

/// <summary>log det A (log |det A| is not meant: A must have positive determinant).</summary>
public sealed record LogDet(Expr Arg) : Expr { public override Shape Shape => Shape.Scalar; }

/// <summary>A ⊙ B (same shapes).</summary>
public sealed record Hadamard(Expr Left, Expr Right) : Expr { public override Shape Shape => Left.Shape; }

/// <summary>A ./ B (same shapes).</summary>
public sealed record HadamardDivide(Expr Left, Expr Right) : Expr { public override Shape Shape => Left.Shape; }

/// <summary>A .^ p with p scalar.</summary>
public sealed record ElementPower(Expr Base, Expr Exponent) : Expr { public override Shape Shape => Base.Shape; }

/// <summary>A ⊗ B.</summary>
public sealed record Kron(Expr Left, Expr Right) : Expr
{
    // Each child's shape is read once: reading it per dimension would double the work at every
    // level of kron(x, kron(x, …)), exponential in the nesting.
    public override Shape Shape => Product(Left.Shape, Right.Shape);
    private static Shape Product(Shape l, Shape r) => new(DimOps.Times(l.Rows, r.Rows), DimOps.Times(l.Cols, r.Cols));
}

/// <summary>f applied entrywise (on a scalar, the ordinary function).</summary>
public sealed record Apply(ElementFunction Function, Expr Arg) : Expr { public override Shape Shape => Arg.Shape; }

/// <summary>sum of all entries.</summary>
public sealed record Sum(Expr Arg) : Expr { public override Shape Shape => Shape.Scalar; }

/// <summary>diag(v): the diagonal matrix with v on its diagonal.</summary>
public sealed record DiagMatrix(Expr Vector) : Expr { public override Shape Shape => Shape.Square(Vector.Shape.Rows); }

/// <summary>diag(M): the diagonal of a square matrix, as a column.</summary>
public sealed record DiagVector(Expr Matrix) : Expr { public override Shape Shape => Shape.Column(Matrix.Shape.Rows); }

/// <summary>vec(A): columns stacked (column-major).</summary>
public sealed record Vec(Expr Arg) : Expr
{
    // The argument's shape is read once (twice per level of vec(vec(…)) would be exponential).
    public override Shape Shape => Stacked(Arg.Shape);
    private static Shape Stacked(Shape s) => Shape.Column(DimOps.Times(s.Rows, s.Cols));
}

/// <summary>softmax(v) = exp(v) / sum(exp(v)) for a column v.</summary>
public sealed record Softmax(Expr Arg) : Expr { public override Shape Shape => Arg.Shape; }

/// <summary>logsumexp(A) = log sum exp(A) over all entries.</summary>
public sealed record LogSumExp(Expr Arg) : Expr { public override Shape Shape => Shape.Scalar; }

/// <summary>
/// A batch of softmaxes: softmax_rows(T) applies softmax to each row of T (its rows sum to 1),
/// softmax_cols(T) to each column. Same shape as T.
/// </summary>
public sealed record SoftmaxAlong(Axis Along, Expr Arg) : Expr { public override Shape Shape => Arg.Shape; }

/// <summary>
/// A batch of logsumexps: logsumexp_rows(T) = log(exp(T) 1), one per row, a column N×1;
/// logsumexp_cols(T) = log(1' exp(T)), one per column, a row 1×m.
/// </summary>
public sealed record LogSumExpAlong(Axis Along, Expr Arg) : Expr
{
    public override Shape Shape => Along == Axis.Rows ? Shape.Column(Arg.Shape.Rows) : new Shape(Dim.One, Arg.Shape.Cols);
}

/// <summary>‖A‖: Two is the 2-norm of a vector (Frobenius for a matrix), Frobenius, One = Σ|aᵢⱼ|.</summary>
public sealed record Norm(NormKind Kind, Expr Arg) : Expr { public override Shape Shape => Shape.Scalar; }

/// <summary>⟨A, B⟩ = tr(AᵀB), the Frobenius inner product.</summary>
public sealed record Inner(Expr Left, Expr Right) : Expr { public override Shape Shape => Shape.Scalar; }

/// <summary>d(A); d of a variable prints as dX.</summary>
public sealed record Differential(Expr Arg) : Expr { public override Shape Shape => Arg.Shape; }
