using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Calculus;

/// <summary>What a derivation found, named as the notes name it.</summary>
public enum DerivativeKind
{
    /// <summary>∇f of a scalar f: df = ⟨∇f, dX⟩, shaped like the variable.</summary>
    Gradient,
    /// <summary>∂f/∂x of a vector f with respect to a vector x: df = J dx.</summary>
    Jacobian,
    /// <summary>The second derivative of a scalar f: d²f = ⟨H dx, dx⟩ (a bilinear form for a matrix variable).</summary>
    Hessian,
    /// <summary>Any other first derivative, given as the linear map dX ↦ df applied to a direction.</summary>
    Derivative,
}

/// <summary>The layout of a Jacobian (and of the numbers of a derivative): rows follow f (numerator) or x (denominator).</summary>
public enum Layout
{
    /// <summary>∂f/∂x is m×n for f of size m and x of size n (the default, as in the notes).</summary>
    Numerator,
    /// <summary>∂f/∂x is n×m: the transpose of the numerator layout.</summary>
    Denominator,
}

/// <summary>Where a step stands in the derivation, which decides how it is printed.</summary>
public enum StepKind
{
    /// <summary>The left side of an equation chain, d(f) (a Hessian has a second chain, d(∇f)): printed <c>d(f) = …</c> with the next step.</summary>
    Start,
    /// <summary>An expression equal to its chain's start, reached by the step's rules: printed <c>= …</c>.</summary>
    Equal,
    /// <summary>The derivative read off the chain, printed with its label (<c>∇f = …</c>); its rule, if any, says how it was read off.</summary>
    Result,
}

/// <summary>
/// One line of the step-by-step derivation: the expression and the named rules that led to it from
/// the line before (several names, comma-separated, where reshuffling steps were folded together).
/// </summary>
public sealed record DerivationStep(string Rule, Expr Expression, StepKind Kind = StepKind.Equal);

/// <summary>
/// The result of differentiating <see cref="Function"/> with respect to <see cref="Wrt"/>.
/// <see cref="Result"/> is an expression in the language (re-parseable): the gradient, the
/// Jacobian, the Hessian, or, for a derivative that is a linear map of a matrix direction, the
/// map applied to the direction <see cref="Direction"/> (named V).
/// <c>ValueShape</c> is the numeric layout of the value per the contract (for a linear
/// map: the d vec(f) / d vec(X) matrix). A Hessian whose gradient has no closed form in the
/// language is given as the bilinear form d²f[V, W] of two directions (<see cref="SecondDirection"/> is W).
/// A mixed block ∂²f/∂w∂b of several variables (<see cref="FirstWrt"/> is w, <see cref="Wrt"/> is b)
/// is the first derivative of ∇_w f with respect to b, in the form and layout that derivative
/// has on its own (a Jacobian n_w × n_b when ∇_w f is a column, a gradient shaped like b when it is a scalar).
/// </summary>
public sealed record Derivation(
    Expr Function,
    Var Wrt,
    int Order,
    DerivativeKind Kind,
    Expr Differential,
    Expr Result,
    Var? Direction,
    string? Convention,
    IReadOnlyList<DerivationStep> Steps,
    Layout Layout = Layout.Numerator,
    Var? SecondDirection = null,
    Var? FirstWrt = null)
{
    /// <summary>
    /// For a Hessian wrt a matrix given as its Kronecker form H (mn×mn), the same second
    /// differential as the map V -> H[V] (d(∇f) with dX = V): H[V] = unvec(H vec V) without forming H.
    /// </summary>
    public (Var Direction, Expr Map)? MapForm { get; init; }

    /// <summary>True for a mixed block ∂²f/∂w∂b of two different variables.</summary>
    public bool IsMixed => FirstWrt is not null;
}

/// <summary>
/// The derivatives of one f with respect to several variables, in the order they were asked for,
/// and at order 2 the mixed blocks ∂²f/∂vᵢ∂vⱼ for i &lt; j (in the order (1,2), (1,3), …, (2,3), …);
/// the block ∂²f/∂vⱼ∂vᵢ is its transpose and is not repeated.
/// </summary>
public sealed record MultiDerivation(IReadOnlyList<Derivation> Derivatives, IReadOnlyList<Derivation> Mixed)
{
    /// <summary>The mixed blocks whose first variable is <paramref name="first"/>, in order.</summary>
    public IEnumerable<Derivation> MixedAfter(Var first) => Mixed.Where(block => block.FirstWrt == first);
}
