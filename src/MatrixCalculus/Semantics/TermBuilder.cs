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
            ParenSyntax p => Build(p.Inner),
            UnarySyntax u => u.Negate ? Ex.Neg(Build(u.Operand)) : Build(u.Operand),
            PostfixSyntax p => Postfix(p),
            BinarySyntax b => Binary(b),
            // x'Ax = x' A x: the smart constructor pulls scalar factors out as a coefficient.
            JuxtaposeSyntax j => Ex.MatMul(j.Factors.Select(Build).ToList()),
            NormSyntax n => Ex.Norm(NormKindOf(inference.NormSubscript(n)), Build(n.Argument)),
            InnerSyntax i => Ex.Inner(Build(i.Left), Build(i.Right)),
            CallSyntax c => Call(c),
            _ => throw new InvalidOperationException($"unknown syntax node {node.GetType().Name}"),
        };
    }

    private Shape ShapeOf(SyntaxNode node) => names.Resolve(inference.Nodes[node].Shape);

    private Expr Name(NameSyntax syntax)
    {
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

    /// <summary>s·1 of the given shape: a scalar broadcast where a shape is expected.</summary>
    private static Expr Broadcast(Expr scalar, Shape shape) => Ex.Scale(scalar, Ex.OnesOf(shape));
}
