using MatrixCalculus.Rewriting;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Calculus;

/// <summary>
/// The method of the course notes: df by the differential rules, then identification:
/// df = ⟨∇f, dX⟩ (gradient), df = J dx (Jacobian), d vec f = K d vec X (Kronecker form) or the
/// linear map V ↦ df[V]; order 2 differentiates the first derivative once more.
/// </summary>
public static class Differentiation
{
    public const string SymmetricConvention =
        "gradient on the space of symmetric matrices: sym(G) = (G + G')/2, where G is the unconstrained gradient";

    public static Derivation Run(Expr f, Var wrt, int order = 1, Layout layout = Layout.Numerator)
    {
        if (order is not (1 or 2))
            throw Usage($"order {order} is not supported: use 1 or 2.");
        var log = new RuleLog();
        var steps = new List<DerivationStep> { new("", f) };
        var df = Differential(f, wrt, log, steps);
        var first = FirstOrder(f, df, wrt, layout, log, steps);
        if (order == 1) return first;
        if (!f.Shape.IsScalar)
            throw Usage($"the Hessian needs a scalar function, but f is {f.Shape}.");
        return SecondOrder(f, first, wrt, log, steps);
    }

    private static Expr Differential(Expr f, Var wrt, RuleLog log, List<DerivationStep> steps)
    {
        int mark = log.Mark();
        var raw = new Differentiator(wrt, log).Differentiate(f);
        steps.Add(new(log.Since(mark), raw));
        var df = Canonicalizer.Canonicalize(raw);
        if (!df.Equals(raw)) steps.Add(new("canonicalize", df));
        return df;
    }

    private static Derivation FirstOrder(Expr f, Expr df, Var wrt, Layout layout, RuleLog log, List<DerivationStep> steps)
    {
        Derivation Done(DerivativeKind kind, Expr result, Var? direction = null, string? convention = null, string rule = "identify")
        {
            result = Presentation.Present(result);
            steps.Add(new(rule, result));
            return new Derivation(f, wrt, 1, kind, Presentation.Present(df), result, direction, convention, steps,
                kind == DerivativeKind.Jacobian && direction is null ? layout : Layout.Numerator);
        }

        if (wrt.Shape.IsScalar)
        {
            var derivative = Identification.ScalarDerivative(df, wrt);
            var kind = f.Shape.IsColumn ? DerivativeKind.Jacobian : DerivativeKind.Derivative;
            if (kind == DerivativeKind.Jacobian && layout == Layout.Denominator)
                derivative = Canonicalizer.Canonicalize(Ex.Transpose(derivative));
            return Done(kind, derivative);
        }
        if (f.Shape.IsScalar)
        {
            var gradient = Identification.Gradient(df, wrt);
            if (gradient is null)
            {
                // No closed form (vec of a matrix, a Kronecker factor): df = ⟨∇f, V⟩ as a map of V.
                var v0 = DirectionFor(f, wrt);
                return Done(DerivativeKind.Gradient, Identification.LinearMap(df, wrt, v0), v0, rule: "linear-map");
            }
            if (!wrt.Attributes.HasFlag(VarAttributes.Symmetric)) return Done(DerivativeKind.Gradient, gradient);
            steps.Add(new("identify", gradient));
            return Done(DerivativeKind.Gradient, Symmetry.SymmetricPart(gradient), convention: SymmetricConvention, rule: "symmetric-part");
        }
        if (f.Shape.IsColumn && wrt.Shape.IsColumn)
        {
            var jacobian = Identification.Jacobian(df, wrt);
            if (jacobian is not null)
                return Done(DerivativeKind.Jacobian, layout == Layout.Denominator ? Canonicalizer.Canonicalize(Ex.Transpose(jacobian)) : jacobian);
            var direction = DirectionFor(f, wrt);
            return Done(DerivativeKind.Jacobian, Identification.LinearMap(df, wrt, direction), direction, rule: "linear-map");
        }
        var kron = Identification.KroneckerForm(df, wrt);
        if (kron is not null) return Done(DerivativeKind.Derivative, kron, rule: "identify-kronecker");
        var v = DirectionFor(f, wrt);
        return Done(DerivativeKind.Derivative, Identification.LinearMap(df, wrt, v), v, rule: "linear-map");
    }

    private static Derivation SecondOrder(Expr f, Derivation first, Var wrt, RuleLog log, List<DerivationStep> steps)
    {
        var g = first.Result;
        var dg = Differential(g, wrt, log, steps);
        Derivation Done(Expr result, Var? direction, string rule)
        {
            result = Presentation.Present(result);
            steps.Add(new(rule, result));
            return new Derivation(f, wrt, 2, DerivativeKind.Hessian, first.Differential, result, direction, first.Convention, steps);
        }

        if (wrt.Shape.IsScalar) return Done(Identification.ScalarDerivative(dg, wrt), null, "identify");
        if (first.Direction is { } fixedDirection)
        {
            // ∇f itself has no closed form, only g = ⟨∇f, V⟩; with V held fixed, H[V] = ∇_X g.
            var hv = Identification.Gradient(dg, wrt);
            if (hv is not null) return Done(hv, fixedDirection, "identify");
            // Not even H[V] has a closed form: the bilinear form d²f[V, W] = d(⟨∇f, V⟩)[W].
            var w = DirectionFor(Ex.Add(f.Shape.IsScalar ? f : Ex.Sum(f), Ex.Inner(fixedDirection, fixedDirection)), wrt, "W");
            var bilinear = Presentation.Present(Identification.LinearMap(dg, wrt, w));
            steps.Add(new("bilinear-form", bilinear));
            return new Derivation(f, wrt, 2, DerivativeKind.Hessian, first.Differential, bilinear, fixedDirection, first.Convention, steps,
                SecondDirection: w);
        }
        if (wrt.Shape.IsColumn)
        {
            var hessian = Identification.Jacobian(dg, wrt);
            if (hessian is not null) return Done(hessian, null, "identify");
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

    private static MatrixCalculusException Usage(string message) =>
        new(new Diagnostic(DiagnosticCode.Usage, message, SourceSpan.None, ""));
}
