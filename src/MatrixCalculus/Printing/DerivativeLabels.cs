using MatrixCalculus.Calculus;

namespace MatrixCalculus.Printing;

/// <summary>
/// The names printed to the left of the results, in text and in LaTeX: <c>df</c> (at either order), <c>∇_x f</c>,
/// <c>∇²_x f</c>, <c>∂f/∂x</c> (<c>(∂f/∂x)'</c> in denominator layout), <c>∂vec f/∂vec X</c> for a
/// Kronecker form, for a linear map of the direction V: <c>⟨∇_X f, V⟩</c>, <c>∇²_X f[V]</c>, <c>Df[V]</c>,
/// for the bilinear form of a Hessian in two directions: <c>d²f[V, W]</c>, and for a mixed block
/// of several variables: <c>∂²f/∂w∂b</c> (<c>∂²f/∂w∂B[V]</c> for a map of the direction V).
/// </summary>
public static class DerivativeLabels
{
    // A second-order derivation still carries df, the first differential (the Hessian is read off d(∇f)).
    public const string Differential = "df";

    public const string DifferentialLatex = @"\mathrm{d}f";

    public static string Result(Derivation d)
    {
        var x = d.Wrt.Name;
        var sub = x.Length == 1 ? x : "{" + x + "}";
        var v = d.Direction?.Name;
        return d.Kind switch
        {
            _ when d.FirstWrt is { } first => $"∂²f/∂{first.Name}∂{x}" + (v is null ? "" : $"[{v}]"),
            _ when d.SecondDirection is { } w => $"d²f[{v}, {w.Name}]",
            _ when d.Wrt.Shape.IsScalar && d.Order == 2 => $"d²f/d{x}²",
            _ when d.Wrt.Shape.IsScalar && d.Kind == DerivativeKind.Derivative => $"df/d{x}",
            DerivativeKind.Gradient when v is not null => $"⟨∇_{sub} f, {v}⟩",
            DerivativeKind.Gradient => $"∇_{sub} f",
            DerivativeKind.Hessian when v is not null => $"∇²_{sub} f[{v}]",
            DerivativeKind.Hessian => $"∇²_{sub} f",
            _ when v is not null => $"Df[{v}]",
            DerivativeKind.Jacobian when d.Layout == Layout.Denominator => $"(∂f/∂{x})'",
            DerivativeKind.Jacobian => $"∂f/∂{x}",
            _ => $"∂vec f/∂vec {x}",
        };
    }

    public static string ResultLatex(Derivation d)
    {
        var x = LatexPrinter.Print(d.Wrt);
        var v = d.Direction is null ? null : LatexPrinter.Print(d.Direction);
        return d.Kind switch
        {
            _ when d.FirstWrt is { } first => $@"\frac{{\partial^2 f}}{{\partial {LatexPrinter.Print(first)} \, \partial {x}}}" + (v is null ? "" : $"[{v}]"),
            _ when d.SecondDirection is { } w => $@"\mathrm{{d}}^2 f[{v}, {LatexPrinter.Print(w)}]",
            _ when d.Wrt.Shape.IsScalar && d.Order == 2 => $@"\frac{{\mathrm{{d}}^2 f}}{{\mathrm{{d}} {x}^2}}",
            _ when d.Wrt.Shape.IsScalar && d.Kind == DerivativeKind.Derivative => $@"\frac{{\mathrm{{d}} f}}{{\mathrm{{d}} {x}}}",
            DerivativeKind.Gradient when v is not null => $@"\langle \nabla_{{{x}}} f, {v} \rangle",
            DerivativeKind.Gradient => $@"\nabla_{{{x}}} f",
            DerivativeKind.Hessian when v is not null => $@"\nabla^2_{{{x}}} f[{v}]",
            DerivativeKind.Hessian => $@"\nabla^2_{{{x}}} f",
            _ when v is not null => $@"\mathrm{{D}}f[{v}]",
            DerivativeKind.Jacobian when d.Layout == Layout.Denominator => $@"\left(\frac{{\partial f}}{{\partial {x}}}\right)^\top",
            DerivativeKind.Jacobian => $@"\frac{{\partial f}}{{\partial {x}}}",
            _ => $@"\frac{{\partial \operatorname{{vec}} f}}{{\partial \operatorname{{vec}} {x}}}",
        };
    }
}
