using System.Runtime.CompilerServices;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Semantics;

/// <summary>
/// The second pass of the binder: with every dimension unified and named, turns syntax into
/// <see cref="Expr"/> terms through the smart constructors. All shape decisions were made by
/// <see cref="Inference"/>; the shapes here are final, so a smart constructor that finds a
/// mismatch has found a bug in the binder, not in the input.
/// </summary>
internal sealed partial class TermBuilder
{
    private readonly Inference inference;
    private readonly DimNames names;
    private readonly Dictionary<string, Var> symbols = new(StringComparer.Ordinal);

    public TermBuilder(Inference inference)
    {
        this.inference = inference;
        names = new DimNames(inference.Dims, inference.Reserved);
        foreach (var slot in inference.Symbols)
            symbols[slot.Name] = Ex.Symbol(slot.Name, names.Resolve(slot.Shape), slot.Declaration?.Attributes ?? VarAttributes.None);
    }

    public BoundExpression Bind(SyntaxNode tree) =>
        new(Build(tree), inference.Symbols.Select(s => symbols[s.Name]).ToList(), names.InOrder);

    private Expr Build(SyntaxNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            NameSyntax n => Name(n),
            NumberSyntax n => Number(n),
            CommutationSyntax k => Ex.Commutation(names.Resolve(inference.CommutationSizes[k].Rows), names.Resolve(inference.CommutationSizes[k].Cols)),
            ParenSyntax p => Build(p.Inner),
            UnarySyntax u => u.Negate ? Ex.Neg(Build(u.Operand)) : Build(u.Operand),
            PostfixSyntax p => Postfix(p),
            BinarySyntax b => Binary(b),
            JuxtaposeSyntax j => Juxtaposition(j.Factors.Select(Build).ToList()),
            NormSyntax n => Ex.Norm(NormKindOf(inference.NormSubscript(n)), Build(n.Argument)),
            InnerSyntax i => Ex.Inner(Build(i.Left), Build(i.Right)),
            CallSyntax c => Call(c),
            _ => throw new InvalidOperationException($"unknown syntax node {node.GetType().Name}"),
        };
    }

    private Shape ShapeOf(SyntaxNode node) => names.Resolve(inference.Nodes[node].Shape);

    private Expr Name(NameSyntax syntax)
    {
        // e = exp(1), so that it prints as what it is.
        if (inference.IsEuler(syntax)) return Ex.Apply(ElementFunction.Exp, Ex.Num(1));
        var name = SymbolNames.Normalize(syntax.Name, syntax.Subscript);
        if (symbols.TryGetValue(name, out var symbol)) return symbol;
        var shape = ShapeOf(syntax);
        return name == "ones" ? Ex.OnesOf(shape) : Ex.Eye(shape.Rows);
    }

    private Expr Number(NumberSyntax syntax) =>
        syntax.Subscript is not null || inference.OnesLiterals.Contains(syntax) ? Ex.OnesOf(ShapeOf(syntax)) : Ex.Num(syntax.Value);

    private static NormKind NormKindOf(string subscript) => subscript switch
    {
        "F" => NormKind.Frobenius,
        "1" => NormKind.One,
        _ => NormKind.Two,
    };

    /// <summary>
    /// a b: scaling when a side is a scalar, else the matrix product. Scaling is explicit because
    /// Ex.MatMul flattens nested products, and x'y z must stay (x'y)·z: flattened to x' y z the
    /// factors no longer chain.
    /// </summary>
    private static Expr Product(Expr a, Expr b) =>
        a.Shape.IsScalar ? Ex.Scale(a, b) : b.Shape.IsScalar ? Ex.Scale(b, a) : Ex.MatMul(a, b);

    /// <summary>
    /// x'Ax = ((x' A) x), as inference folded it, in one pass: non-scalar factors gather into a
    /// run that becomes one product, and a run whose product is a scalar (x'y in x'y z) becomes a
    /// coefficient, like a scalar factor. Coefficients scale the result in the order written.
    /// </summary>
    private static Expr Juxtaposition(List<Expr> factors)
    {
        var coefficients = new List<Expr>();
        var run = new List<Expr>();
        foreach (var factor in factors)
        {
            if (factor.Shape.IsScalar) { coefficients.Add(factor); continue; }
            run.Add(factor);
            if (run.Count > 1 && run[0].Shape.Rows.IsOne && factor.Shape.Cols.IsOne)
            {
                coefficients.Add(Ex.MatMul(run));
                run.Clear();
            }
        }
        Expr result;
        if (run.Count > 0) result = Ex.MatMul(run);
        else
        {
            result = coefficients[^1];
            coefficients.RemoveAt(coefficients.Count - 1);
        }
        for (int i = coefficients.Count - 1; i >= 0; i--) result = Ex.Scale(coefficients[i], result);
        return result;
    }

    /// <summary>s·1 of the given shape: a scalar broadcast where a shape is expected.</summary>
    private static Expr Broadcast(Expr scalar, Shape shape) => Ex.Scale(scalar, Ex.OnesOf(shape));
}
