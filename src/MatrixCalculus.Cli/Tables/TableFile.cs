namespace MatrixCalculus.Cli.Tables;

/// <summary>A field of a table line: its text, blanks trimmed, and where that text starts in the file.</summary>
internal sealed record TableField(string Text, int Start);

/// <summary>What a line of a table file asks for: a heading, or a derivation.</summary>
internal abstract record TableItem(int Line);

/// <summary>A <c>## Title</c> line: the rows after it form a new table under that heading.</summary>
internal sealed record TableHeading(int Line, string Title) : TableItem(Line);

/// <summary>A line <c>EXPR | wrt | declarations</c> (the declarations are optional).</summary>
internal sealed record TableRow(int Line, TableField Expression, TableField Wrt, TableField? Declarations) : TableItem(Line);

/// <summary>A table file as read: its path as given, its text, and its headings and rows in file order.</summary>
internal sealed record TableFile(string Path, string Text, IReadOnlyList<TableItem> Items);
