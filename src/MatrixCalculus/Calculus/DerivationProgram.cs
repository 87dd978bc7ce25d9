using System.Runtime.CompilerServices;
using MatrixCalculus.Lowering;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Calculus;

/// <summary>
/// A derivation lowered to one program: f (<c>value</c>), its derivative in the contract's numeric
/// layout (<c>gradient</c>, <c>jacobian</c>, <c>hessian</c> or <c>derivative</c>) and, given a
/// direction, the Hessian-vector product (<c>hvp</c>), sharing their common subterms.
/// </summary>
public static class DerivationProgram
{
    /// <summary>
    /// The program; <paramref name="along"/> is the input holding v for <c>hvp</c> (H v for a
    /// vector variable, H[V] for a matrix one), null for no hvp.
    /// </summary>
    public static Lowering.Program Lower(Derivation d, bool withValue = true, Var? along = null)
    {
        var builder = new ProgramBuilder();
        if (withValue) builder.AddOutput(OutputNames.Value, d.Function);
        builder.Name(OutputName(d.Kind), Derivative(builder, d));
        if (along is not null) builder.AddOutput(OutputNames.HessianVectorProduct, HessianVectorProduct(d, along));
        return builder.Build();
    }

    /// <summary>
    /// f and several derivatives in one program, as a generated file computes them: the output
    /// <c>value</c>, then one output per derivative in the order given, sharing every subterm.
    /// </summary>
    public static Lowering.Program Lower(Expr f, IReadOnlyList<Derivation> derivatives)
    {
        var builder = new ProgramBuilder();
        builder.AddOutput(OutputNames.Value, f);
        foreach (var d in derivatives) builder.Name(OutputName(d.Kind), Derivative(builder, d));
        return builder.Build();
    }

    /// <summary>The program of f alone (<c>value</c>).</summary>
    public static Lowering.Program Value(Expr f)
    {
        var builder = new ProgramBuilder();
        builder.AddOutput(OutputNames.Value, f);
        return builder.Build();
    }

    /// <summary>
    /// H v as a term of v: for a Hessian given as a matrix, the product H v, whose order of
    /// multiplication makes it a few matrix-vector products (X'(s ⊙ (Xv)), never X'diag(s)X);
    /// for one given as a map, H[v]; as a bilinear form, the gradient of d²f[v, W] in W.
    /// Null when the bilinear form has no closed-form gradient.
    /// </summary>
    public static Expr HessianVectorProduct(Derivation d, Var along)
    {
        if (d.Order != 2) throw new InvalidOperationException("a Hessian-vector product needs a second derivative.");
        if (d.SecondDirection is { } w)
            return LinearPieces.Gradient(d.Result.Substitute(d.Direction!, along), w)
                ?? throw new InvalidOperationException($"no closed form for the gradient of {d.Result} in {w.Name}.");
        if (d.Direction is { } direction) return d.Result.Substitute(direction, along);
        // A Kronecker form wrt a matrix: H[V] from the map of the same differential, never H itself.
        if (d.MapForm is var (v, map)) return map.Substitute(v, along);
        return d.Wrt.Shape.IsScalar ? Ex.Scale(along, d.Result) : Ex.MatMul(d.Result, along);
    }

    /// <summary>A name for v that is no symbol of f: v, else v1, v2, ….</summary>
    public static Var AlongFor(Derivation d)
    {
        var taken = d.Function.Variables().Select(v => v.Name).Append(d.Wrt.Name).ToHashSet();
        var name = taken.Contains("v") ? Enumerable.Range(1, 1000).Select(i => $"v{i}").First(n => !taken.Contains(n)) : "v";
        return new Var(name, d.Wrt.Shape);
    }

    /// <summary>
    /// The derivative's program, cached per derivation (a derivation is immutable); null for a
    /// bilinear form without a closed-form gradient in W, which stays on the reference path.
    /// </summary>
    internal static Lowering.Program? DerivativeOnly(Derivation d) => Derivatives.GetValue(d, Build).Program;

    /// <summary>The program of <c>hvp</c> alone (H is not formed), its direction input named by <see cref="AlongFor"/>; null as above.</summary>
    internal static Lowering.Program? HessianVectorProductOnly(Derivation d) => Products.GetValue(d, BuildProduct).Program;

    /// <summary>The program of a term's value, cached per term.</summary>
    internal static Lowering.Program ValueOf(Expr e) => Values.GetValue(e, f => Value(f));

    private static readonly ConditionalWeakTable<Derivation, Holder> Derivatives = new();
    private static readonly ConditionalWeakTable<Derivation, Holder> Products = new();
    private static readonly ConditionalWeakTable<Expr, Lowering.Program> Values = new();

    private sealed record Holder(Lowering.Program? Program);

    private static bool HasClosedForm(Derivation d) =>
        d.SecondDirection is not { } w || LinearPieces.Gradient(d.Result, w) is not null;

    private static Holder Build(Derivation d) => new(HasClosedForm(d) ? Lower(d, withValue: false) : null);

    private static Holder BuildProduct(Derivation d)
    {
        if (!HasClosedForm(d)) return new(null);
        var builder = new ProgramBuilder();
        builder.AddOutput(OutputNames.HessianVectorProduct, HessianVectorProduct(d, AlongFor(d)));
        return new(builder.Build());
    }

    private static Slot Derivative(ProgramBuilder builder, Derivation d)
    {
        if (d.Direction is not { } direction) return builder.Plain(d.Result);
        var map = d.SecondDirection is { } w
            // d²f[V, W] = ⟨G(V), W⟩: column i of H is vec G(E_i)
            ? LinearPieces.Gradient(d.Result, w) ?? throw new InvalidOperationException($"no closed form for the gradient of {d.Result} in {w.Name}.")
            : d.Result;
        var matrix = builder.Map(map, direction, d.Result);
        // A gradient given as the map V ↦ ⟨∇f, V⟩ has the variable's own shape (column-major entries).
        return d.Kind == DerivativeKind.Gradient ? builder.Reshape(matrix, d.Wrt.Shape, d.Result) : matrix;
    }

    private static string OutputName(DerivativeKind kind) => kind switch
    {
        DerivativeKind.Gradient => OutputNames.Gradient,
        DerivativeKind.Jacobian => OutputNames.Jacobian,
        DerivativeKind.Hessian => OutputNames.Hessian,
        _ => OutputNames.Derivative,
    };
}
