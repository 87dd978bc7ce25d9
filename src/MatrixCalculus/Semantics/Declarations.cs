namespace MatrixCalculus.Semantics;

/// <summary>
/// The symbols declared with <c>--let</c>: <c>A: n x n symmetric; x: n; c: scalar; X: N x d</c>.
/// Names are normalized (<c>alpha</c> is <c>α</c>, <c>W_{1}</c> is <c>W_1</c>); lookups take a
/// normalized name. Parse errors are <see cref="Syntax.MatrixCalculusException"/>s with code
/// Declaration and source name "declarations", pointing into the declaration text.
/// </summary>
public sealed class Declarations
{
    private readonly Dictionary<string, Declaration> byName;

    internal Declarations(IReadOnlyList<Declaration> all, string text)
    {
        All = all;
        Text = text;
        byName = all.ToDictionary(d => d.Name, StringComparer.Ordinal);
        Names = all.Select(d => d.Name).ToList();
        MultiLetterNames = Names.Select(SymbolNames.MultiLetterWord).OfType<string>().Distinct().ToList();
        DimensionNames = all.SelectMany(d => new[] { d.Rows, d.Cols })
            .OfType<Dim.Named>().Select(d => d.Name).Distinct().ToList();
    }

    public static Declarations Empty { get; } = new([], "");

    /// <summary>Parses <c>--let</c> text; null or blank text declares nothing.</summary>
    public static Declarations Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Empty : new Declarations(DeclarationParser.Parse(text), text);

    public string Text { get; }

    /// <summary>Every declaration, in the order written.</summary>
    public IReadOnlyList<Declaration> All { get; }

    /// <summary>The declared symbol names, normalized, in the order written.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// The words the parser must read as one name, not as a product of letters: the part before
    /// the subscript of each declared name with two or more letters there (<c>bias</c> for
    /// <c>bias</c> and <c>bias_1</c>). Subscripts need no telling: <c>W_{out}</c> is read as W
    /// with subscript out, the declared <c>W_out</c>.
    /// </summary>
    public IReadOnlyList<string> MultiLetterNames { get; }

    /// <summary>Dimension names used by the declarations (<c>n</c>, <c>N</c>, <c>d</c>), in order of first use.</summary>
    public IReadOnlyList<string> DimensionNames { get; }

    public Declaration? Find(string normalizedName) => byName.GetValueOrDefault(normalizedName);
}
