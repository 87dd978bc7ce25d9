namespace MatrixCalculus.Semantics;

/// <summary>
/// The largest |k| accepted in A^k for a matrix A. A^k is built as a product the evaluator and
/// the differentiator unfold k times, so an unbounded k would let one short input cost
/// unbounded time.
/// </summary>
internal static class MatrixPower
{
    public const int MaxExponent = 64;
}
