using MatrixCalculus.Calculus;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>One derivative the generated function returns, and what the self-check compares it with.</summary>
/// <param name="Derivation">the derivation whose result is returned.</param>
/// <param name="Key">its name in <c>evaluate</c>'s result when there are several: the variable, or <c>w,b</c> for a mixed block.</param>
/// <param name="Base">the output it is the derivative of: 0 for f, else the index of a gradient.</param>
internal sealed record DerivativeOutput(Derivation Derivation, string Key, int Base)
{
    /// <summary>The numbers come in the variable's own shape (a gradient), not as d vec(g) / d vec(X).</summary>
    public bool VariableShaped => Derivation.Kind == DerivativeKind.Gradient;

    /// <summary>The contract's numeric layout of the derivative (as <c>diff --at</c> prints it).</summary>
    public Shape Shape => Derivation switch
    {
        { Direction: null } d => d.Result.Shape,
        { Kind: DerivativeKind.Gradient } d => d.Wrt.Shape,
        var d => new Shape(DimOps.Times(d.Result.Shape.Rows, d.Result.Shape.Cols), DimOps.Times(d.Wrt.Shape.Rows, d.Wrt.Shape.Cols)),
    };

    public ValueForm Form => Symbol.FormOf(Shape);
}

/// <summary>
/// What a generated file computes: f and, in this order, the gradients, then at order 2 the
/// Hessians and mixed blocks. The returned tuple is (f, gradients…, second derivatives…).
/// </summary>
internal sealed record Plan(
    CompiledExpression Compiled,
    IReadOnlyList<Symbol> Symbols,
    int Order,
    IReadOnlyList<DerivativeOutput> Gradients,
    IReadOnlyList<DerivativeOutput> Seconds,
    IReadOnlyList<string> Wrt)
{
    /// <summary>f and every derivative lowered together: outputs value, then the derivatives in the order of <see cref="All"/>.</summary>
    public Lowering.Program Program { get; } = Lower(Compiled, [.. Gradients, .. Seconds]);

    private static Lowering.Program Lower(CompiledExpression compiled, IReadOnlyList<DerivativeOutput> outputs)
    {
        try
        {
            return DerivationProgram.Lower(compiled.Expression, outputs.Select(o => o.Derivation).ToList());
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("no closed form", StringComparison.Ordinal))
        {
            throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.Usage,
                "this Hessian is a bilinear form d²f[V, W] whose gradient in W has no closed form, so it has no program to generate code from; differentiate a form of f with a closed-form gradient.",
                compiled.WholeSpan, compiled.Source));
        }
    }

    public IReadOnlyList<DerivativeOutput> All => [.. Gradients, .. Seconds];

    /// <summary>The derivatives <c>evaluate</c> returns: the gradients at order 1, the second derivatives at order 2.</summary>
    public IReadOnlyList<DerivativeOutput> Reported => Order == 1 ? Gradients : Seconds;

    public static Plan Of(CompiledExpression compiled, IReadOnlyList<Derivation> derivations, Language language)
    {
        if (derivations.Count == 0) throw new ArgumentException("code generation needs at least one derivation.", nameof(derivations));
        int order = derivations[0].Order;
        var names = Identifiers.ForSymbols(compiled.Symbols.Select(s => s.Name), language);
        var symbols = compiled.Symbols.Select(s => new Symbol(s, names[s.Name])).ToList();
        CheckSizesKnown(compiled, symbols, derivations);
        var variables = derivations.Select(d => d.FirstWrt ?? d.Wrt).Concat(derivations.Select(d => d.Wrt)).Distinct().ToList();
        var firsts = order == 1
            ? derivations
            : variables.Select(v => Differentiation.Run(compiled.Expression, v, 1)).ToList();
        var gradients = firsts.Select(d => new DerivativeOutput(d, d.Wrt.Name, 0)).ToList();
        int GradientIndex(Var v) => 1 + gradients.FindIndex(g => g.Derivation.Wrt == v);
        var seconds = order == 1 ? [] : derivations.Select(d => d.FirstWrt is { } w
            ? new DerivativeOutput(d, $"{w.Name},{d.Wrt.Name}", GradientIndex(w))
            : new DerivativeOutput(d, d.Wrt.Name, GradientIndex(d.Wrt))).ToList();
        return new Plan(compiled, symbols, order, gradients, seconds, derivations.Select(d => d.FirstWrt is { } w ? $"{w.Name},{d.Wrt.Name}" : d.Wrt.Name).ToList());
    }

    // A size the symbols do not carry (I_k where no symbol has k) cannot be read from the arguments.
    private static void CheckSizesKnown(CompiledExpression compiled, IReadOnlyList<Symbol> symbols, IReadOnlyList<Derivation> derivations)
    {
        var carried = SizeSource.Of(symbols).Select(s => s.Dimension).ToHashSet(StringComparer.Ordinal);
        var terms = derivations.SelectMany(d => new[] { d.Function, d.Result }).Prepend(compiled.Expression);
        foreach (var node in terms.SelectMany(t => t.Descendants().Prepend(t)))
            foreach (var dim in new[] { node.Shape.Rows, node.Shape.Cols })
                if (dim is Dim.Named { Name: var name })
                    foreach (var factor in name.Split('·'))
                        if (!int.TryParse(factor, out _) && !carried.Contains(factor))
                            throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.Usage,
                                $"the size {factor} belongs to no symbol, so generated code cannot read it from its arguments; write it as a number in the declarations.",
                                compiled.WholeSpan, compiled.Source));
    }
}
