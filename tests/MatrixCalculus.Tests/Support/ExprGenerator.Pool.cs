using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Support;

/// <summary>
/// The variables random terms are built from. Three named dimensions (n, m, k) get distinct
/// random sizes at each point, so a missing transpose shows as a shape error or a wrong value.
/// </summary>
public static class VariablePool
{
    public static readonly Dim N = Dim.Of("n"), M = Dim.Of("m"), K = Dim.Of("k");
    public static readonly IReadOnlyList<Dim> Dims = [N, M, K];

    public static readonly Var x = Ex.Symbol("x", Shape.Column(N));
    public static readonly Var y = Ex.Symbol("y", Shape.Column(M));
    public static readonly Var z = Ex.Symbol("z", Shape.Column(K));
    public static readonly Var s = Ex.Symbol("s", Shape.Scalar);
    public static readonly Var t = Ex.Symbol("t", Shape.Scalar);
    public static readonly Var A = Ex.Symbol("A", Shape.Square(N));
    public static readonly Var B = Ex.Symbol("B", new Shape(N, M));
    public static readonly Var C = Ex.Symbol("C", new Shape(M, K));
    public static readonly Var S = Ex.Symbol("S", Shape.Square(N), VarAttributes.Symmetric);
    /// <summary>Symmetric positive definite: the random point makes it B Bᵀ + n I.</summary>
    public static readonly Var X = Ex.Symbol("X", Shape.Square(N), VarAttributes.Spd);

    public static readonly IReadOnlyList<Var> All = [x, y, z, s, t, A, B, C, S, X];

    /// <summary>The pool as declarations in the expression language (for the parser round trip).</summary>
    public const string Declarations =
        "x: n; y: m; z: k; s: scalar; t: scalar; A: n x n; B: n x m; C: m x k; S: n x n symmetric; X: n x n spd";

    public static IEnumerable<Var> OfShape(Shape shape) => All.Where(v => v.Shape == shape);

    /// <summary>Entries of magnitude at most 2 at every random point (all but the spd X, which grows with n).</summary>
    public static bool IsBounded(Var v) => !v.Attributes.HasFlag(VarAttributes.Spd);
}
