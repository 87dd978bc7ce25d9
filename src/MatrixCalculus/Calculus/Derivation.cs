using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Calculus;

public enum DerivativeKind { Gradient, Jacobian, Hessian, Derivative }

public enum Layout { Numerator, Denominator }

/// <summary>One named rule application, for the step-by-step derivation.</summary>
public sealed record DerivationStep(string Rule, Expr Expression);

/// <summary>
/// The result of differentiating <see cref="Function"/> with respect to <see cref="Wrt"/>.
/// <see cref="Result"/> is an expression in the language (re-parseable): the gradient, the
/// Jacobian, the Hessian, or, for a derivative that is a linear map of a matrix direction, the
/// map applied to the direction <see cref="Direction"/> (named V).
/// <see cref="ValueShape"/> is the numeric layout of the value per the contract (for a linear
/// map: the d vec(f) / d vec(X) matrix). A Hessian whose gradient has no closed form in the
/// language is given as the bilinear form d²f[V, W] of two directions (<see cref="SecondDirection"/> is W).
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
    Var? SecondDirection = null);
