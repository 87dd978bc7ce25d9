using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

/// <summary>
/// The first pass of the binder: walks the syntax tree left to right, gives every node a shape
/// over dimension variables and unifies them (A x needs A's columns to be x's rows). One
/// inference runs with a fixed set of undeclared symbols taken as scalars; where an operation
/// is ill-shaped but would be fine with some undeclared symbol a scalar, it asks for that
/// (<see cref="Requests"/>) and carries on as if granted, and the binder runs it again.
/// </summary>
internal sealed partial class Inference(string source, Declarations declarations, IReadOnlySet<string> demoted, IReadOnlySet<string> reserved,
    BindingChoices choices)
{
    private static readonly ImmutableSortedSet<string> None = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
    private readonly Dictionary<string, SymbolSlot> symbolsByName = new(StringComparer.Ordinal);

    public DimUnifier Dims { get; } = new();
    public IReadOnlySet<string> Reserved => reserved;
    public List<SymbolSlot> Symbols { get; } = [];
    public Dictionary<SyntaxNode, Inferred> Nodes { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Number literals <c>1</c> read as a ones vector (<c>1b'</c>, <c>G'1</c>, <c>1'x</c>).</summary>
    public HashSet<SyntaxNode> OnesLiterals { get; } = new(ReferenceEqualityComparer.Instance);

    public Inferred Infer(SyntaxNode node)
    {
        // The parser bounds nesting, but a long left-associated chain (a + b + c + …) is deep too.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var result = node switch
        {
            NameSyntax n => Name(n),
            NumberSyntax n => Number(n),
            CommutationSyntax k => Commutation(k),
            ParenSyntax p => Infer(p.Inner),
            UnarySyntax u => Infer(u.Operand),
            PostfixSyntax p => Postfix(p),
            BinarySyntax b => Binary(b),
            JuxtaposeSyntax j => Juxtapose(j),
            NormSyntax n => Norm(n),
            InnerSyntax i => Inner(i),
            CallSyntax c => Call(c),
            _ => throw new InvalidOperationException($"unknown syntax node {node.GetType().Name}"),
        };
        Nodes[node] = result;
        return result;
    }

    private Inferred Scalar => new(new(Dims.One, Dims.One), None);

    private bool IsScalar(Inferred x) => IsScalar(x.Shape);

    private bool IsScalar(ShapeVar shape) => Dims.IsOne(shape.Rows) && Dims.IsOne(shape.Cols);

    private Inferred Name(NameSyntax syntax)
    {
        var name = SymbolNames.Normalize(syntax.Name, syntax.Subscript);
        if (IsEuler(syntax)) return Scalar;
        if (syntax.Name == "I") return Square(syntax.Subscript is null ? Dims.Fresh() : SubscriptDim(syntax.Subscript, syntax.Span));
        if (declarations.Find(name) is null && Builtins.Find(name) is { Arity: 0 } builtin)
            return Nullary(builtin.Kind);
        var slot = Symbol(name, syntax.Span);
        return new(slot.Shape, slot.Demotable ? None.Add(slot.Name) : IsScalar(slot.Shape) ? None : null);
    }

    private SymbolSlot Symbol(string name, SourceSpan span)
    {
        if (symbolsByName.TryGetValue(name, out var slot)) return slot;
        var declaration = declarations.Find(name);
        bool isDemoted = demoted.Contains(name);
        slot = new SymbolSlot(name, DefaultKinds.ShapeOf(name, declaration, isDemoted, Dims), declaration,
            DefaultKinds.IsDemotable(name, declaration, isDemoted), span);
        symbolsByName[name] = slot;
        Symbols.Add(slot);
        return slot;
    }

    private Inferred Nullary(BuiltinKind kind) => kind switch
    {
        BuiltinKind.Ones => new(new(Dims.Fresh(), Dims.One), null),
        BuiltinKind.Eye => Square(Dims.Fresh()),
        _ => throw new InvalidOperationException($"{kind} takes arguments"),
    };

    private Inferred Square(int dim) => new(new(dim, dim), null);

    /// <summary>The sizes of each K_{m,n} as dimension ids, for the term builder (its shape is only their product).</summary>
    public Dictionary<CommutationSyntax, (int Rows, int Cols)> CommutationSizes { get; } = new(ReferenceEqualityComparer.Instance);

    // K_{m,n} is (mn)×(mn); m and n unify with the expression's dims like I_n's subscript.
    private Inferred Commutation(CommutationSyntax syntax)
    {
        var sizes = (Rows: SubscriptDim(syntax.Rows, syntax.Span), Cols: SubscriptDim(syntax.Cols, syntax.Span));
        CommutationSizes[syntax] = sizes;
        return Square(Dims.Times(sizes.Rows, sizes.Cols));
    }

    private Inferred Number(NumberSyntax syntax)
    {
        if (syntax.Subscript is null) return Scalar;
        if (syntax.Value != 1)
            throw Error(DiagnosticCode.Syntax, $"only 1 takes a size subscript, as in 1_n; found {Text(syntax.Span)}.", syntax.Span);
        return new(new(SubscriptDim(syntax.Subscript, syntax.Span), Dims.One), null);
    }

    // I_n, I_3, 1_n: the subscript names a dimension or gives a size.
    private int SubscriptDim(string subscript, SourceSpan span)
    {
        var text = subscript.Trim('{', '}');
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
            return int.TryParse(text, out int size) && size > 0
                ? Dims.Known(size)
                : throw Error(DiagnosticCode.Syntax, $"a size must be a positive integer, found {text}.", span);
        return Dims.Named(text);
    }

    private MatrixCalculusException Error(DiagnosticCode code, string message, SourceSpan at) =>
        new(new Diagnostic(code, message, at, source));

    private const int MaxQuoted = 40;

    /// <summary>The source of a span as messages quote it: on one line, and cut short past 40 characters.</summary>
    private string Text(SourceSpan span)
    {
        int start = Math.Min(span.Start, source.Length);
        var text = source.Substring(start, Math.Min(span.Length, source.Length - start));
        text = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= MaxQuoted ? text : text[..(MaxQuoted - 1)].TrimEnd() + "…";
    }

    private string Show(ShapeVar shape) => new DimNames(Dims, reserved).Show(shape);

    /// <summary><c>x' (1×n)</c>: the operand as written and its shape, for messages.</summary>
    private string Describe(SourceSpan span, Inferred x) => $"{Text(span)} ({Show(x.Shape)})";
}
