using MatrixCalculus.Rewriting;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Calculus;

/// <summary>
/// The method of the course notes: df by the differential rules, then identification:
/// df = ⟨∇f, dX⟩ (gradient), df = J dx (Jacobian), d vec f = K d vec X (Kronecker form) or the
/// linear map V ↦ df[V]; order 2 differentiates the first derivative once more. Every step is
/// recorded: d pushed one level per line, each simplifier pass, the identification, the result.
/// </summary>
public static class Differentiation
{
    public const string SymmetricConvention =
        "gradient on the space of symmetric matrices: sym(G) = (G + G')/2, where G is the unconstrained gradient";

    public const string DiagonalConvention =
        "gradient on the space of diagonal matrices: Diag(diag(G)), the diagonal of the unconstrained gradient G";

    public static Derivation Run(Expr f, Var wrt, int order = 1, Layout layout = Layout.Numerator)
    {
        if (order is not (1 or 2))
            throw Usage($"order {order} is not supported: use 1 or 2.");
        RefuseStochastic(wrt);
        var steps = new DerivationSteps();
        var df = steps.Differential(f, wrt);
        var first = FirstOrder(f, df, wrt, layout, steps);
        if (order == 1) return first;
        if (!f.Shape.IsScalar)
            throw Usage($"the Hessian needs a scalar function, but f is {f.Shape}.");
        steps.DropResult();
        return SecondOrder(f, first, wrt, steps);
    }

    /// <summary>
    /// The mixed block ∂²f/∂w∂b of a scalar f: ∇_w f, then its derivative with respect to b with
    /// w held constant (d(∇_w f) = H_wb db), identified as a first derivative of ∇_w f is.
    /// The steps are those of ∇_w f followed by the chain of d(∇_w f).
    /// </summary>
    public static Derivation Mixed(Expr f, Var w, Var b)
    {
        if (!f.Shape.IsScalar)
            throw Usage($"the Hessian needs a scalar function, but f is {f.Shape}.");
        RefuseStochastic(w);
        RefuseStochastic(b);
        var steps = new DerivationSteps();
        var first = FirstOrder(f, steps.Differential(f, w), w, Layout.Numerator, steps);
        // ∇_w f given only as the map V ↦ ⟨∇_w f, V⟩ has no closed form to differentiate once more.
        if (first.Direction is not null)
            throw Usage($"the mixed block ∂²f/∂{w.Name}∂{b.Name} needs ∇_{w.Name} f in closed form, and this f gives it only as a map of a direction; differentiate with respect to {w.Name} and {b.Name} one at a time.");
        steps.DropResult();
        var gradient = first.Result;
        var block = FirstOrder(gradient, steps.Differential(gradient, b), b, Layout.Numerator, steps);
        return block with { Function = f, Order = 2, Differential = first.Differential, Convention = block.Convention ?? first.Convention, FirstWrt = w };
    }

    private static Derivation FirstOrder(Expr f, Expr df, Var wrt, Layout layout, DerivationSteps steps)
    {
        Derivation Done(DerivativeKind kind, Expr result, Var? direction = null, string? convention = null, string rule = "")
        {
            result = Presentation.Present(result);
            steps.Result(rule, result);
            return new Derivation(f, wrt, 1, kind, Presentation.Present(df), result, direction, convention, steps.Folded(),
                kind == DerivativeKind.Jacobian && direction is null ? layout : Layout.Numerator);
        }

        var dX = Ex.D(wrt);
        if (wrt.Shape.IsScalar)
        {
            var derivative = Identification.ScalarDerivative(df, wrt);
            // df = f'(α) dα
            steps.Identify([], Ex.MatMul(derivative, dX));
            var kind = f.Shape.IsColumn ? DerivativeKind.Jacobian : DerivativeKind.Derivative;
            if (kind == DerivativeKind.Jacobian && layout == Layout.Denominator)
                return Done(kind, Canonicalizer.Canonicalize(Ex.Transpose(derivative)), rule: "denominator-layout");
            return Done(kind, derivative);
        }
        if (f.Shape.IsScalar)
        {
            var laws = new List<string>();
            var gradient = Identification.Gradient(df, wrt, laws);
            if (gradient is null)
            {
                // No closed form (vec of a matrix, a Kronecker factor): df = ⟨∇f, V⟩ as a map of V.
                var v0 = DirectionFor(f, wrt);
                return Done(DerivativeKind.Gradient, Identification.LinearMap(df, wrt, v0), v0, rule: "linear-map");
            }
            // df = ⟨∇f, dX⟩
            steps.Identify(laws, Ex.Inner(gradient, dX));
            if (!wrt.Attributes.HasFlag(VarAttributes.Symmetric)) return Done(DerivativeKind.Gradient, gradient);
            // A diagonal X moves only on its diagonal: df = ⟨G, dX⟩ = ⟨Diag(diag G), dX⟩, and that is the gradient.
            if (wrt.Attributes.HasFlag(VarAttributes.Diagonal))
                return Done(DerivativeKind.Gradient, Symmetry.DiagonalPart(gradient), convention: DiagonalConvention, rule: "diagonal-part");
            return Done(DerivativeKind.Gradient, Symmetry.SymmetricPart(gradient), convention: SymmetricConvention, rule: "symmetric-part");
        }
        if (f.Shape.IsColumn && wrt.Shape.IsColumn)
        {
            var laws = new List<string>();
            var jacobian = Identification.Jacobian(df, wrt, laws);
            if (jacobian is not null)
            {
                // df = J dx
                steps.Identify(laws, Ex.MatMul(jacobian, dX));
                return layout == Layout.Denominator
                    ? Done(DerivativeKind.Jacobian, Canonicalizer.Canonicalize(Ex.Transpose(jacobian)), rule: "denominator-layout")
                    : Done(DerivativeKind.Jacobian, jacobian);
            }
            var direction = DirectionFor(f, wrt);
            return Done(DerivativeKind.Jacobian, Identification.LinearMap(df, wrt, direction), direction, rule: "linear-map");
        }
        var kron = Identification.VecJacobian(df, wrt);
        if (kron is not null) return Done(DerivativeKind.Derivative, kron, rule: "identify-kronecker");
        var v = DirectionFor(f, wrt);
        return Done(DerivativeKind.Derivative, Identification.LinearMap(df, wrt, v), v, rule: "linear-map");
    }

    /// <summary>The Hessian: d(∇f) with the first direction held constant, identified as H dx (or as a map of V).</summary>
    private static Derivation SecondOrder(Expr f, Derivation first, Var wrt, DerivationSteps steps)
    {
        var dg = steps.Differential(first.Result, wrt);
        Derivation Done(Expr result, Var? direction, string rule = "")
        {
            result = Presentation.Present(result);
            steps.Result(rule, result);
            return new Derivation(f, wrt, 2, DerivativeKind.Hessian, first.Differential, result, direction, first.Convention, steps.Folded());
        }

        var dX = Ex.D(wrt);
        if (wrt.Shape.IsScalar)
        {
            var second = Identification.ScalarDerivative(dg, wrt);
            steps.Identify([], Ex.MatMul(second, dX));
            return Done(second, null);
        }
        if (first.Direction is { } fixedDirection)
        {
            // ∇f itself has no closed form, only g = ⟨∇f, V⟩; with V held fixed, H[V] = ∇_X g.
            var laws = new List<string>();
            var hv = Identification.Gradient(dg, wrt, laws);
            if (hv is not null)
            {
                // d⟨∇f, V⟩ = ⟨H[V], dX⟩
                steps.Identify(laws, Ex.Inner(hv, dX));
                return Done(hv, fixedDirection);
            }
            // Not even H[V] has a closed form: the bilinear form d²f[V, W] = d(⟨∇f, V⟩)[W].
            var w = DirectionFor(Ex.Add(f.Shape.IsScalar ? f : Ex.Sum(f), Ex.Inner(fixedDirection, fixedDirection)), wrt, "W");
            var bilinear = Presentation.Present(Identification.LinearMap(dg, wrt, w));
            steps.Result("bilinear-form", bilinear);
            return new Derivation(f, wrt, 2, DerivativeKind.Hessian, first.Differential, bilinear, fixedDirection, first.Convention, steps.Folded(),
                SecondDirection: w);
        }
        if (wrt.Shape.IsColumn)
        {
            var laws = new List<string>();
            var hessian = Identification.Jacobian(dg, wrt, laws);
            if (hessian is not null)
            {
                // d(∇f) = H dx
                steps.Identify(laws, Ex.MatMul(hessian, dX));
                return Done(hessian, null);
            }
        }
        // A symmetric or diagonal X moves only along its own space, where d vec(∇f) = H d vec(X)
        // does not fix H; its Hessian stays the map V -> H[V] on that space, as the notes give it.
        else if (!wrt.Attributes.HasFlag(VarAttributes.Symmetric))
        {
            // d vec(∇f) = H d vec(X): the Kronecker form, commutation matrices where dX is transposed.
            var laws = new List<string>();
            var hessian = Identification.VecJacobian(dg, wrt, laws);
            // No identify line: H vec(dX) is a column, not the matrix d(∇f) of the chain above it.
            if (hessian is not null)
            {
                var direction = DirectionFor(f, wrt);
                return Done(hessian, null, string.Join(", ", laws.Append("identify-kronecker"))) with
                {
                    MapForm = (direction, Identification.LinearMap(dg, wrt, direction)),
                };
            }
        }
        var v = DirectionFor(f, wrt);
        return Done(Identification.LinearMap(dg, wrt, v), v, "linear-map");
    }

    /// <summary>The direction V of a linear map: named V (or V1, V2, … if V is taken), shaped like wrt.</summary>
    private static Var DirectionFor(Expr f, Var wrt, string letter = "V")
    {
        var taken = f.Variables().Select(v => v.Name).Append(wrt.Name).ToHashSet();
        var name = taken.Contains(letter) ? Enumerable.Range(1, 1000).Select(i => $"{letter}{i}").First(n => !taken.Contains(n)) : letter;
        return new Var(name, wrt.Shape, wrt.Attributes & VarAttributes.Symmetric);
    }

    // The simplifier replaces Y1 by 1 for a stochastic Y, which holds at the point but not along
    // every direction: a derivative with respect to Y itself would be taken off the constraint.
    private static void RefuseStochastic(Var wrt)
    {
        if (wrt.Attributes.HasFlag(VarAttributes.Stochastic))
            throw Usage($"cannot differentiate with respect to {wrt.Name}: it is declared stochastic ({(wrt.Shape.IsColumn ? "its entries sum" : "each row sums")} to 1), a constraint the simplifier uses; declare it without `stochastic` to differentiate with respect to it.");
    }

    private static MatrixCalculusException Usage(string message) =>
        new(new Diagnostic(DiagnosticCode.Usage, message, SourceSpan.None, ""));
}
