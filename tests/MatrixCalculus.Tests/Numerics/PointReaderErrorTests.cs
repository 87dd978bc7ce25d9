using MatrixCalculus.Numerics;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;
using static MatrixCalculus.Tests.Numerical.NumericFixtures;

namespace MatrixCalculus.Tests.Numerical;

// Every way a point file can be wrong, with the exact message and where the caret goes.
public class PointReaderErrorTests
{
    private static readonly Var[] Symbols =
    [
        new("A", Shape.Square(N)), x, c,
        new("S", Shape.Square(M), VarAttributes.Symmetric),
        new("P", Shape.Square(M), VarAttributes.Spd),
        new("D", Shape.Square(M), VarAttributes.Diagonal),
        new("X", new Shape(Dim.Of(3), Dim.Of("d"))),
    ];

    private static readonly string[] Required = ["A", "x", "c"];

    private static Diagnostic Error(string json)
    {
        var symbols = Symbols.Where(s => Required.Contains(s.Name) || json.Contains($"\"{s.Name}\"")).ToList();
        var error = Assert.Throws<MatrixCalculusException>(() => PointReader.Read(json, symbols));
        Assert.Equal(DiagnosticCode.Point, error.Diagnostic.Code);
        Assert.Equal("point", error.Diagnostic.SourceName);
        Assert.Equal(json, error.Diagnostic.Source);
        return error.Diagnostic;
    }

    // json ⇶ the first line of the rendered diagnostic; the value fixes A, x, c unless it breaks them.
    [Theory]
    [InlineData("""[1, 2]""",
        "error MC4001 (line 1, column 1): the point must be a JSON object such as {\"x\": [1, 2]}, but found a list.")]
    [InlineData("""{"A": [[1, 2], [3]], "x": [1, 2], "c": 1}""",
        "error MC4001 (line 1, column 16): row 2 of A has 1 entry, but row 1 has 2.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [1, 2, 3], "c": 1}""",
        "error MC4001 (line 1, column 30): x is n×1 with n = 2 (from A), but the point gives 3 entries.")]
    [InlineData("""{"x": [1, 2, 3], "A": [[1, 2], [3, 4]], "c": 1}""",
        "error MC4001 (line 1, column 23): A is n×n with n = 3 (from x), but the point gives a 2×2 matrix.")]
    [InlineData("""{"A": [[1, 2, 3], [4, 5, 6]], "x": [1, 2], "c": 1}""",
        "error MC4001 (line 1, column 7): A is n×n, but the point gives a 2×3 matrix.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [1, 2]}""",
        "error MC4001 (line 1, column 36): the point gives no value for c.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [1, "NaN"], "c": 1}""",
        "error MC4001 (line 1, column 34): expected a number, but found the string \"NaN\".")]
    [InlineData("""{"A": [[1, 2], [3, null]], "x": [1, 2], "c": 1}""",
        "error MC4001 (line 1, column 20): expected a number, but found null.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [true, 2], "c": 1}""",
        "error MC4001 (line 1, column 31): expected a number, but found a boolean.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [1, 2], "c": 1e400}""",
        "error MC4001 (line 1, column 43): expected a finite number, but found 1e400.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [1, 2], "x": [3, 4], "c": 1}""",
        "error MC4001 (line 1, column 38): the point gives x twice.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [1, 2], "c": [1]}""",
        "error MC4001 (line 1, column 43): c is a scalar, but the point gives a list.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [1, 2], "c": [[1]]}""",
        "error MC4001 (line 1, column 43): c is a scalar, but the point gives a list.")]
    [InlineData("""{"A": [1, 2, 3, 4], "x": [1, 2], "c": 1}""",
        "error MC4001 (line 1, column 7): A is n×n: write its value as a list of rows, such as [[1, 2], [3, 4]].")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": 1, "c": 1}""",
        "error MC4001 (line 1, column 30): x is n×1, but the point gives a number.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [], "c": 1}""",
        "error MC4001 (line 1, column 30): x is n×1, but the point gives an empty list.")]
    [InlineData("""{"A": [[1, 2], []], "x": [1, 2], "c": 1}""",
        "error MC4001 (line 1, column 16): row 2 of A is empty.")]
    [InlineData("""{"A": [[1, 2], 3], "x": [1, 2], "c": 1}""",
        "error MC4001 (line 1, column 16): expected a row of A (a list of numbers), but found a number.")]
    [InlineData("""{"A": [[1, 2], [3, [4]]], "x": [1, 2], "c": 1}""",
        "error MC4001 (line 1, column 20): expected a number, but found a list.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": {"y": 1}, "c": 1}""",
        "error MC4001 (line 1, column 30): x needs a number or a list of numbers, but the point gives an object.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [1, 2], "c": 1, "S": [[1, 2, 3], [2, 1, 0], [0, 0, 1]]}""",
        "error MC4001 (line 1, column 51): S is declared symmetric, but the point gives a matrix that is not symmetric.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [1, 2], "c": 1, "P": [[1, 2], [2, 1]]}""",
        "error MC4001 (line 1, column 51): P is declared spd, but the point gives a matrix that is not positive definite.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [1, 2], "c": 1, "D": [[1, 2], [2, 1]]}""",
        "error MC4001 (line 1, column 51): D is declared diagonal, but the point gives a matrix with nonzero entries off the diagonal.")]
    [InlineData("""{"A": [[1, 2], [3, 4]], "x": [1, 2], "c": 1, "X": [[1, 2], [3, 4]]}""",
        "error MC4001 (line 1, column 51): X is 3×d, but the point gives a 2×2 matrix.")]
    public void EveryErrorSaysWhatIsWrongWhere(string json, string expected) =>
        Assert.Equal(expected, Error(json).Render().Split('\n')[0]);

    [Fact]
    public void ASizeDisagreementPointsAtTheLaterValueWithACaret() =>
        Assert.Equal(
            """
            error MC4001 (line 3, column 10): x is n×1 with n = 2 (from A), but the point gives 3 entries.
                  "x": [1, 2, 3],
                       ^^^^^^^^^
            """.ReplaceLineEndings("\n"),
            Error("{\n    \"A\": [[1, 2], [3, 4]],\n    \"x\": [1, 2, 3],\n    \"c\": 1\n}").Render());

    [Fact]
    public void MalformedJsonPointsWhereTheReaderStopped()
    {
        var diagnostic = Error("{\"A\": [[1, 2], [3, 4]],\n \"x\": [1, 2}");
        Assert.Equal((2, 12), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.StartsWith("the point is not valid JSON: ", diagnostic.Message);
        Assert.EndsWith(".", diagnostic.Message);
    }

    [Fact]
    public void MalformedJsonAfterNonAsciiTextCountsCharactersNotBytes()
    {
        var diagnostic = Error("{\"α\": 1, \"x\": [1, 2}");
        Assert.Equal(19, diagnostic.Span.Start);
        Assert.Equal('}', "{\"α\": 1, \"x\": [1, 2}"[diagnostic.Span.Start]);
    }

    // Characters outside the Basic Multilingual Plane are two chars and four bytes; a byte-order mark is one char.
    [Theory]
    [InlineData("{\"😀\": 1, \"x\": [1, 2}", 20)]
    [InlineData("\uFEFF{\"x\": [1, 2}", 12)]
    [InlineData("{\"é\": \"😀\", \"x\": [1, 2}", 22)]
    public void MalformedJsonAfterWideCharactersCountsCharactersNotBytes(string json, int at)
    {
        var diagnostic = Error(json);
        Assert.Equal(at, diagnostic.Span.Start);
        Assert.Equal('}', json[diagnostic.Span.Start]);
    }

    [Fact]
    public void AValueAfterWideCharactersIsSpannedInCharacters() =>
        Assert.Equal(
            "error MC4001 (line 1, column 39): x is n×1 with n = 2 (from A), but the point gives 3 entries.",
            Error("""{"A": [[1, 2], [3, 4]], "😀": 1, "x": [1, 2, 3], "c": 1}""").Render().Split('\n')[0]);

    [Fact]
    public void MalformedJsonAfterABadValueIsReportedFirst() =>
        Assert.Equal("the point is not valid JSON: '}' is invalid after a single JSON value. Expected end of data.",
            Error("{\"A\": [[1, 2], [3]], \"x\": [1, 2], \"c\": 1}}").Message);

    [Fact]
    public void AStringIsQuotedAsJsonWritesIt() =>
        Assert.Equal("expected a number, but found the string \"a\\u0022b\\u00E9\\u003C\".",
            Error("{\"A\": [[1, 2], [3, 4]], \"x\": [1, \"a\\\"bé<\"], \"c\": 1}").Message);

    [Fact]
    public void AnEmptyPointSaysSo() =>
        Assert.Equal("the point is empty: write a JSON object such as {\"x\": [1, 2]}.", Error(" \n").Message);

    [Fact]
    public void MalformedJsonKeepsTheReadersReason()
    {
        Assert.Equal("the point is not valid JSON: 'N' is an invalid start of a value.", Error("{\"x\": NaN}").Message);
        Assert.Equal("the point is not valid JSON: '}' is invalid without a matching open.", Error("{\"x\": [1, 2}").Message);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"x\": [1, 2]} {}")]
    [InlineData("{\"x\": NaN}")]
    [InlineData("{'x': [1, 2]}")]
    public void EveryMalformedInputIsAPointError(string json) =>
        Assert.StartsWith("the point is not valid JSON: ", Error(json).Message);
}
