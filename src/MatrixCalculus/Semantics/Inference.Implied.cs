using MatrixCalculus.Syntax;

namespace MatrixCalculus.Semantics;

/// <summary>What one binding has settled across its rounds, and the names the user gave as symbols.</summary>
internal sealed record BindingChoices(IReadOnlySet<string> GivenNames)
{
    /// <summary>Symbols that would be scalars as a term of a scalar sum but are used with their default kind elsewhere: they broadcast.</summary>
    public HashSet<string> KeptDefault { get; } = new(StringComparer.Ordinal);
}

// Shapes implied beyond the default kinds, so that a formula typed as the notes write it means
// what the notes mean: an undeclared symbol added to a scalar term is a scalar
// (<x, Ax> - b'x + c), and e is Euler's number unless it is declared or given as a symbol.
internal sealed partial class Inference
{
    private readonly List<string> preferred = [];

    /// <summary>Undeclared symbols this inference took as scalars because they are added to a scalar term.</summary>
    public IReadOnlyList<string> PreferredScalars => preferred;

    /// <summary>The preferred scalars that are used elsewhere as their default kind: those keep it (s + x broadcasts).</summary>
    public IEnumerable<string> RefusedPreferences => preferred.Where(vectorUses.ContainsKey);

    /// <summary>
    /// Whether <paramref name="symbolSide"/>, a lone undeclared symbol, is taken as a scalar because
    /// it is added to <paramref name="otherSide"/>, a scalar term that is not a constant. A
    /// constant keeps broadcasting (1 - y with y a vector of labels), as the contract has it.
    /// </summary>
    private bool PrefersScalar(SyntaxNode symbolSide, Inferred symbol, SyntaxNode otherSide, Inferred other)
    {
        if (!IsScalar(other) || ConstantFolding.TryValue(otherSide) is not null || IsEulerOnly(otherSide)) return false;
        if (Unparenthesised(symbolSide) is not NameSyntax || symbol.Candidates is not { Count: 1 } names) return false;
        var name = names.Min!;
        if (choices.KeptDefault.Contains(name)) return false;
        if (!preferred.Contains(name)) preferred.Add(name);
        return true;
    }

    /// <summary>e, not declared and not given as a symbol: Euler's number (e^x is exp(x)).</summary>
    public bool IsEuler(NameSyntax name) =>
        name is { Name: "e", Subscript: null } && declarations.Find("e") is null && !choices.GivenNames.Contains("e");

    private bool IsEulerOnly(SyntaxNode node) => Unparenthesised(node) is NameSyntax n && IsEuler(n);

    private static SyntaxNode Unparenthesised(SyntaxNode node) => node is ParenSyntax p ? Unparenthesised(p.Inner) : node;

    /// <summary>
    /// <c>w2 log w1</c>: lowercase symbols, undeclared, in front of an entrywise function of
    /// lowercase symbols are scalars, all of them, as the notes mean it (a coefficient times a
    /// function of a number); read as vectors it would be a column times a column. Null when
    /// this is not that case.
    /// </summary>
    private Inferred? CoefficientOfFunction(Inferred soFar, SyntaxNode factor, Inferred current, SourceSpan at)
    {
        if (factor is not CallSyntax call || Builtins.Find(call.Function) is not { Kind: BuiltinKind.Elementwise }) return null;
        if (!IsLowercaseColumn(soFar) || !IsLowercaseColumn(current)) return null;
        Request(soFar.Candidates!, at);
        Request(current.Candidates!, at);
        return Scalar;
    }

    private bool IsLowercaseColumn(Inferred x) =>
        !IsScalar(x) && Dims.IsOne(x.Shape.Cols) && x.Candidates is { Count: > 0 } names && !names.Any(SymbolNames.IsUpperLatin);
}
