using System.Collections.Immutable;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Lowering;

/// <summary>
/// A term and its derivatives lowered together into one straight-line program, read by two back
/// ends: the program evaluator (MathNet) and the code generators (NumPy, PyTorch, C#).
/// </summary>
/// <remarks>
/// <para><b>Shape.</b> <see cref="Instructions"/> run in order; each writes exactly one fresh
/// temporary, its <see cref="Instruction.Target"/> slot, and reads only slots written by earlier
/// instructions (static single assignment: a slot is written once). Every slot has a symbolic
/// <see cref="Shape"/> (Dims such as n, N×d, n·m); its sizes are known only when a point binds the
/// dimension names. A scalar is 1×1, a vector a column n×1 or a row 1×n (both hold the same n
/// numbers in the same order: transposing a vector never moves data).</para>
/// <para><b>Outputs.</b> <see cref="Outputs"/> name the slots the caller wants, in a fixed order:
/// <c>value</c> (f), then one of <c>gradient</c>, <c>jacobian</c>, <c>hessian</c>,
/// <c>derivative</c> (already in the contract's numeric layout: a gradient has the variable's
/// shape, a Jacobian or a Hessian wrt a matrix is d vec / d vec, column-major), then <c>hvp</c>
/// (H v). A program may carry only some of them.</para>
/// <para><b>Sharing.</b> Structurally equal subterms are one slot (terms are records, so
/// structural hashing is term equality), across f and all its derivatives: the value and the
/// gradient of the logistic loss read one σ(Xw). A row-vector product u'M is computed as the
/// column M'u, so it is shared with M'u wherever that occurs.</para>
/// <para><b>Kernels.</b> No instruction builds diag(v) against a neighbour (<see cref="ScaleRows"/>,
/// <see cref="ScaleColumns"/>, <see cref="AddDiagonal"/>; products are distributed over a sum that
/// holds a diag or a rank-one term); nor builds a commutation matrix K against a neighbour (K M and
/// M K gather rows or columns: <see cref="CommuteRows"/>, <see cref="CommuteColumns"/>); a product
/// reads its operands transposed in place
/// (<see cref="MatrixProduct"/>'s flags: MathNet's TransposeThisAndMultiply /
/// TransposeAndMultiply, NumPy's <c>A.T @ B</c>); u v' stays two vectors until an
/// <see cref="OuterProduct"/> must be materialised; a Hessian wrt a matrix is assembled from its
/// Kronecker structure (<see cref="AssembleLinearMap"/>), not one basis direction at a time.
/// Softmax and logsumexp are the max-shifted stable forms.</para>
/// <para><b>Errors.</b> <see cref="Instruction.Source"/> is the term whose value (or part of whose
/// value) the instruction computes; a value undefined at a point (a domain error, a singular
/// inverse, a non-finite result) is reported naming that term, with the messages of the
/// tree-walking evaluator (Numerics/Evaluator), which stays the reference.</para>
/// </remarks>
public sealed record Program(
    ImmutableArray<Var> Inputs,
    ImmutableArray<Instruction> Instructions,
    ImmutableArray<ProgramOutput> Outputs)
{
    /// <summary>The output called <paramref name="name"/> (<c>value</c>, <c>gradient</c>, …), or null.</summary>
    public ProgramOutput? Output(string name) => Outputs.FirstOrDefault(o => o.Name == name);

    public override string ToString() => ProgramText.Print(this);
}

/// <summary>A temporary: <c>t{Id}</c>, written once, with its symbolic shape.</summary>
public sealed record Slot(int Id, Shape Shape)
{
    public string Name => $"t{Id}";
    public override string ToString() => Name;
}

/// <summary>A named result of a program: <c>value</c>, <c>gradient</c>, <c>jacobian</c>, <c>hessian</c>, <c>derivative</c>, <c>hvp</c>.</summary>
public sealed record ProgramOutput(string Name, Slot Slot);

/// <summary>The output names, in the order a program lists them.</summary>
public static class OutputNames
{
    public const string Value = "value";
    public const string Gradient = "gradient";
    public const string Jacobian = "jacobian";
    public const string Hessian = "hessian";
    public const string Derivative = "derivative";
    public const string HessianVectorProduct = "hvp";
}
