using MatrixCalculus.Calculus;

namespace MatrixCalculus.Cli.Tables;

/// <summary>
/// One row of the table: the line it came from, the expression as compiled, its derivative, and
/// its second derivative when asked for and f is scalar.
/// </summary>
internal sealed record TableEntry(TableRow Row, CompiledExpression Compiled, Derivation First, Derivation? Second);

/// <summary>The rows under one heading (no title: the rows before the first heading).</summary>
internal sealed record TableSection(string? Title, IReadOnlyList<TableEntry> Entries);

/// <summary>
/// What <c>matcalc table</c> prints: the sections in file order, whether a second-derivative
/// column was asked for, and whether any row has declarations (then they get a column).
/// </summary>
internal sealed record Table(IReadOnlyList<TableSection> Sections, bool Hessian)
{
    private readonly List<string> notes = Sections.SelectMany(s => s.Entries)
        .SelectMany(e => new[] { e.First.Convention, e.Second?.Convention })
        .OfType<string>().Distinct().ToList();

    public bool HasDeclarations => Sections.SelectMany(s => s.Entries).Any(e => e.Row.Declarations is not null);

    /// <summary>
    /// The conventions the derivatives state (the symmetric-gradient one), in order of first
    /// appearance: a cell carries its note's number and the notes follow the tables.
    /// </summary>
    public IReadOnlyList<string> Notes => notes;

    /// <summary>The 1-based number of the note of <paramref name="d"/>, or 0 when it states no convention.</summary>
    public int NoteOf(Derivation d) => d.Convention is null ? 0 : notes.IndexOf(d.Convention) + 1;
}
