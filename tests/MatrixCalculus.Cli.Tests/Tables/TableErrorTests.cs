using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Tables;

/// <summary>
/// A bad table file: exit 2, nothing on standard output (a table with a hole would mislead), and
/// on standard error every bad line, with the file's name, the line and column in the file, and
/// the caret under the spot in the file's line.
/// </summary>
public class TableErrorTests
{
    private static void AssertBadTable(string fileText, Func<string, string> expectedError)
    {
        using var file = new TempFile(fileText, ".mc");
        var run = Matcalc.Run("table", file.Path);
        Assert.Equal("", run.Out);
        Assert.Equal(expectedError(file.Path), run.Error);
        Assert.Equal(2, run.Exit);
    }

    private const string GoodLines = "x'Ax | x\n# a comment\n\n## Heading\ntr X | X\na'x | x\n";

    [Fact]
    public void ABadExpressionOnLineSevenIsShownInTheFileUnderItsCaret() =>
        AssertBadTable(GoodLines + "1 + * 3 | x | x: n\n", path =>
            $"error MC1001 (line 7, column 5): {path}: unexpected operator `*`, expected expression.\n  1 + * 3 | x | x: n\n      ^\n");

    [Fact]
    public void AnErrorInACrLfFileStillPointsAtItsSpot()
    {
        using var file = new TempFile("x'Ax | x\r\n1 + * 3 | x\r\n", ".mc");
        var run = Matcalc.Run("table", file.Path);
        Assert.Equal($"error MC1001 (line 2, column 5): {file.Path}: unexpected operator `*`, expected expression.\n  1 + * 3 | x\n      ^\n", run.Error);
    }

    [Fact]
    public void AShapeMismatchPointsIntoTheExpressionField() =>
        AssertBadTable("  x'b | x | x: n; b: m\n", path =>
            $"error MC2001 (line 1, column 5): {path}: cannot multiply x' (1×n) by b (m×1).\n    x'b | x | x: n; b: m\n      ^\n");

    [Fact]
    public void ABadDeclarationPointsIntoTheDeclarationsField() =>
        AssertBadTable("x'Ax | x | A: n x\n", path =>
            $"error MC1004 (line 1, column 18): {path}: expected a size after `x`, found the end of the declarations.\n  x'Ax | x | A: n x\n                   ^\n");

    [Fact]
    public void AnUnknownVariableIsShownUnderTheWrtField() =>
        AssertBadTable("x'Ax | z\n", path =>
            $"error MC1101 (line 1, column 8): {path}: no symbol `z` in the expression.\n  x'Ax | z\n         ^\n");

    [Fact]
    public void ALineWithoutTheVariableIsAFieldCountError() =>
        AssertBadTable("||x||^2\n", path =>
            $"error MC4003 (line 1, column 1): {path}: expected `EXPR | wrt | declarations`, but the line has no `|` before the variable.\n  ||x||^2\n  ^^^^^^^\n");

    [Fact]
    public void AFourthFieldIsShownAtTheSeparatorTooMany() =>
        AssertBadTable("x'Ax | x | | A\n", path =>
            $"error MC4003 (line 1, column 12): {path}: expected `EXPR | wrt | declarations`, but the line has 4 fields: a third `|` is one too many.\n  x'Ax | x | | A\n             ^\n");

    [Fact]
    public void EmptyExpressionAndVariableFieldsAreNamed() =>
        AssertBadTable(" | x\nx'Ax |  | A: n x n\n", path =>
            $"error MC4003 (line 1, column 2): {path}: no expression before the first `|`.\n   | x\n   ^\n" +
            $"error MC4003 (line 2, column 6): {path}: no variable after the first `|`.\n  x'Ax |  | A: n x n\n       ^\n");

    [Fact]
    public void EveryBadLineIsReportedInFileOrderAndTheGoodOnesPrintNothing() =>
        AssertBadTable("x'Ax | x\nfoo(x) | x\nx'Ax\na'x | x\n", path =>
            $"error MC1002 (line 2, column 1): {path}: unknown function `foo`; the functions are listed in grammar/README.md.\n  foo(x) | x\n  ^^^\n" +
            $"error MC4003 (line 3, column 1): {path}: expected `EXPR | wrt | declarations`, but the line has no `|` before the variable.\n  x'Ax\n  ^^^^\n");

    [Fact]
    public void PastTenBadLinesTheRestAreCounted()
    {
        using var file = new TempFile(string.Concat(Enumerable.Repeat("x'Ax\n", 13)), ".mc");
        var run = Matcalc.Run("table", file.Path);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10 * 3 + 1, lines.Length);
        Assert.Equal($"error MC4003: {file.Path}: 3 more bad lines not shown.", lines[^1]);
        Assert.Equal(2, run.Exit);
    }

    [Fact]
    public void AFileWithoutRowsIsAnError() =>
        AssertBadTable("# only a comment\n## and a heading\n", path =>
            $"error MC4003: {path}: the file has no rows: write one derivation per line, `EXPR | wrt | declarations`.\n");

    [Fact]
    public void AMissingFileIsNamed()
    {
        var run = Matcalc.Run("table", "no-such-table.mc");
        Assert.Equal(("", "error MC4003: cannot read the table file `no-such-table.mc`: no such file.\n", 2), (run.Out, run.Error, run.Exit));
    }

    [Fact]
    public void ADirectoryIsNotATableFile()
    {
        var directory = Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar);
        var run = Matcalc.Run("table", directory);
        Assert.Equal(($"error MC4003: cannot read the table file `{directory}`: it is a directory.\n", 2), (run.Error, run.Exit));
    }

    [Fact]
    public void AFormatTheTableDoesNotHaveIsACommandLineError()
    {
        var run = Matcalc.Run("table", "t.mc", "--format", "json");
        Assert.Equal(("error MC5001: --format must be markdown or latex, not `json`.\nrun `matcalc table --help` for usage.\n", 2), (run.Error, run.Exit));
    }
}
