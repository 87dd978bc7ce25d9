using System.Collections.Immutable;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Lowering;

// Every instruction of a program on one screen. Each writes Target (a fresh slot of its shape)
// from slots written before it. Source is the term computed, named by error messages.
// "op(M)" is M, or M' when the instruction's Transpose flag for M is set (read in place, no copy).

public abstract record Instruction(Slot Target, Expr Source);

// ── Leaves ──
/// <summary>The value of the input symbol <paramref name="Name"/> (checked finite when loaded).</summary>
public sealed record LoadInput(Slot Target, Expr Source, string Name) : Instruction(Target, Source);
/// <summary>Every entry equal to <paramref name="Value"/> (a scalar constant, zeros, ones).</summary>
public sealed record Fill(Slot Target, Expr Source, double Value) : Instruction(Target, Source);
/// <summary>The identity of the target's (square) shape.</summary>
public sealed record LoadIdentity(Slot Target, Expr Source) : Instruction(Target, Source);

/// <summary>Target = K_{m,n}, the commutation matrix of the source's sizes (a 0/1 permutation).</summary>
public sealed record LoadCommutation(Slot Target, Commutation Matrix) : Instruction(Target, Matrix);

// ── Linear algebra ──
/// <summary>Σ Terms (all of the target's shape).</summary>
public sealed record Combine(Slot Target, Expr Source, ImmutableArray<Slot> Terms) : Instruction(Target, Source);
/// <summary>Constant · Factor · Arg, Factor a scalar slot or absent.</summary>
public sealed record ScaleBy(Slot Target, Expr Source, double Constant, Slot? Factor, Slot Arg) : Instruction(Target, Source);
/// <summary>Arg / Denominator (a scalar; zero is an error).</summary>
public sealed record DivideBy(Slot Target, Expr Source, Slot Arg, Slot Denominator) : Instruction(Target, Source);
/// <summary>op(Left) op(Right).</summary>
public sealed record MatrixProduct(Slot Target, Expr Source, Slot Left, bool TransposeLeft, Slot Right, bool TransposeRight) : Instruction(Target, Source);
/// <summary>
/// K_{m,n} op(Matrix) as a gather of rows, never a product: row j + i·n of the target is row
/// i + j·m of op(Matrix) (K vec(A) = vec(Aᵀ) for each column an m×n A).
/// </summary>
public sealed record CommuteRows(Slot Target, Expr Source, Commutation Permutation, Slot Matrix, bool TransposeMatrix) : Instruction(Target, Source);
/// <summary>op(Matrix) K_{m,n} as a gather of columns: column i + j·m of the target is column j + i·n of op(Matrix).</summary>
public sealed record CommuteColumns(Slot Target, Expr Source, Slot Matrix, bool TransposeMatrix, Commutation Permutation) : Instruction(Target, Source);
/// <summary>diag(Diagonal) op(Matrix): row i scaled by dᵢ.</summary>
public sealed record ScaleRows(Slot Target, Expr Source, Slot Diagonal, Slot Matrix, bool TransposeMatrix) : Instruction(Target, Source);
/// <summary>op(Matrix) diag(Diagonal): column j scaled by dⱼ.</summary>
public sealed record ScaleColumns(Slot Target, Expr Source, Slot Matrix, bool TransposeMatrix, Slot Diagonal) : Instruction(Target, Source);
/// <summary>Matrix + diag(Diagonal).</summary>
public sealed record AddDiagonal(Slot Target, Expr Source, Slot Matrix, Slot Diagonal) : Instruction(Target, Source);
/// <summary>u v' from the entries of two vectors (either orientation): the rank-one term materialised.</summary>
public sealed record OuterProduct(Slot Target, Expr Source, Slot Left, Slot Right) : Instruction(Target, Source);
/// <summary>Arg' materialised (only where a transposed value must exist as a matrix).</summary>
public sealed record TransposeOf(Slot Target, Expr Source, Slot Arg) : Instruction(Target, Source);
/// <summary>Arg⁻¹ (singular or condition number above 1e12 is an error).</summary>
public sealed record InverseOf(Slot Target, Expr Source, Slot Arg) : Instruction(Target, Source);
/// <summary>s^p for a scalar base; Aᵏ for a square matrix and an integer k (k &lt; 0 inverts first).</summary>
public sealed record PowerOf(Slot Target, Expr Source, Slot Base, Slot Exponent) : Instruction(Target, Source);
/// <summary>Left ⊗ Right.</summary>
public sealed record KroneckerProduct(Slot Target, Expr Source, Slot Left, Slot Right) : Instruction(Target, Source);

// ── Reductions to a scalar ──
public sealed record TraceOf(Slot Target, Expr Source, Slot Arg) : Instruction(Target, Source);
public sealed record DeterminantOf(Slot Target, Expr Source, Slot Arg) : Instruction(Target, Source);
/// <summary>log det (Cholesky when symmetric positive definite, else LU with a positive sign).</summary>
public sealed record LogDeterminantOf(Slot Target, Expr Source, Slot Arg) : Instruction(Target, Source);
/// <summary>Σ of all entries.</summary>
public sealed record SumOf(Slot Target, Expr Source, Slot Arg) : Instruction(Target, Source);
/// <summary>⟨Left, Right⟩ = Σ lᵢⱼ rᵢⱼ.</summary>
public sealed record InnerProduct(Slot Target, Expr Source, Slot Left, Slot Right) : Instruction(Target, Source);
/// <summary>max + log Σ exp(a − max).</summary>
public sealed record LogSumExpOf(Slot Target, Expr Source, Slot Arg) : Instruction(Target, Source);
/// <summary>‖Arg‖ (Two and Frobenius: sqrt Σ a²; One: Σ |a|).</summary>
public sealed record NormOf(Slot Target, Expr Source, NormKind Kind, Slot Arg) : Instruction(Target, Source);

// ── Entrywise ──
public sealed record HadamardProduct(Slot Target, Expr Source, Slot Left, Slot Right) : Instruction(Target, Source);
/// <summary>Left ./ Right (a zero entry of Right is an error).</summary>
public sealed record HadamardQuotient(Slot Target, Expr Source, Slot Left, Slot Right) : Instruction(Target, Source);
/// <summary>Base .^ Exponent (a scalar slot).</summary>
public sealed record EntrywisePower(Slot Target, Expr Source, Slot Base, Slot Exponent) : Instruction(Target, Source);
/// <summary>f entrywise, with its real domain checked (log, sqrt, arcsin, arccos).</summary>
public sealed record ApplyFunction(Slot Target, Expr Source, ElementFunction Function, Slot Arg) : Instruction(Target, Source);
/// <summary>exp(v − max v) / Σ exp(v − max v).</summary>
public sealed record SoftmaxOf(Slot Target, Expr Source, Slot Arg) : Instruction(Target, Source);
/// <summary>
/// softmax of each row (Along = Rows) or each column of a matrix, max-shifted per slice; with Log,
/// log softmax = t − logsumexp(t) straight from t (softmax may underflow to 0 where its log is finite).
/// </summary>
public sealed record BatchSoftmax(Slot Target, Expr Source, Axis Along, Slot Arg, bool Log) : Instruction(Target, Source);
/// <summary>logsumexp of each row (a column N×1) or each column (a row 1×m), max-shifted per slice.</summary>
public sealed record BatchLogSumExp(Slot Target, Expr Source, Axis Along, Slot Arg) : Instruction(Target, Source);

// ── Reshapes ──
/// <summary>diag(v) as a dense matrix (only where it must be a value of its own).</summary>
public sealed record DiagonalMatrix(Slot Target, Expr Source, Slot Vector) : Instruction(Target, Source);
/// <summary>The diagonal of a square matrix, as a column.</summary>
public sealed record DiagonalOf(Slot Target, Expr Source, Slot Matrix) : Instruction(Target, Source);
/// <summary>The entries of Arg, column-major, as the target's shape (vec(A) is Reshape to a column).</summary>
public sealed record Reshape(Slot Target, Expr Source, Slot Arg) : Instruction(Target, Source);

// ── Derivatives wrt a matrix ──
/// <summary>
/// The (rows·cols of the result) × (m·n) matrix d vec H[V] / d vec V of a map linear in the
/// m×n direction V, assembled from its Kronecker structure: H[V] = Σ Terms (see <see cref="MapTerm"/>).
/// </summary>
public sealed record AssembleLinearMap(Slot Target, Expr Source, Shape Direction, ImmutableArray<MapTerm> Terms) : Instruction(Target, Source);

/// <summary>
/// One term of a linear map in Kronecker form. Every slot it names is a value free of the
/// direction, written before the assembling instruction.
/// </summary>
public abstract record MapTerm(double Constant, Slot? Factor);

/// <summary>
/// Constant · Factor · Left op(V) Right (Left, Right absent = identity), whose matrix is
/// (Right' ⊗ Left) when V is not transposed and (Right' ⊗ Left) K (K the commutation matrix) when it is:
/// vec(A V B) = (B' ⊗ A) vec V.
/// </summary>
public sealed record SandwichTerm(double Constant, Slot? Factor, Slot? Left, bool TransposeDirection, Slot? Right) : MapTerm(Constant, Factor);

/// <summary>Constant · Factor · ⟨Input, V⟩ Output, whose matrix is vec(Output) vec(Input)'.</summary>
public sealed record RankOneTerm(double Constant, Slot? Factor, Slot Output, Slot Input) : MapTerm(Constant, Factor);

/// <summary>Constant · Factor · (Weights ⊙ V), whose matrix is diag(vec Weights).</summary>
public sealed record EntrywiseTerm(double Constant, Slot? Factor, Slot Weights) : MapTerm(Constant, Factor);

/// <summary>
/// A map the Kronecker forms cannot express, one basis direction at a time: for each E_j of the
/// direction's shape (column-major), Body runs with <c>LoadInput(Direction.Name)</c> reading E_j,
/// and vec(Result) becomes column j. Body may read any slot written before this instruction
/// (the parts free of the direction are computed once, outside the loop).
/// </summary>
public sealed record BasisColumns(Slot Target, Expr Source, Var Direction, ImmutableArray<Instruction> Body, Slot Result) : Instruction(Target, Source);
