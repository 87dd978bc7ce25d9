using MatrixCalculus.Cli.Tables;

namespace MatrixCalculus.Cli.Tests.Tables;

/// <summary>Norm bars come in pairs, so only a lone '|' (or the odd one at the end of a run) separates fields.</summary>
public class TableFieldsTests
{
    private static string[] Fields(string line) =>
        TableFields.Split(line).Select(f => line.Substring(f.Start, f.Length)).ToArray();

    [Theory]
    [InlineData("x'Ax | x | A: n x n", "x'Ax", "x", "A: n x n")]
    [InlineData("||x||^2 | x", "||x||^2", "x")]
    [InlineData("||x|| | x", "||x||", "x")]
    [InlineData("||x||| x |", "||x||", "x", "")]
    [InlineData("||Xw - y||^2|w", "||Xw - y||^2", "w")]
    [InlineData("||x||_1 + || y ||_F^2 |x|", "||x||_1 + || y ||_F^2", "x", "")]
    [InlineData("x'Ax", "x'Ax")]
    [InlineData("| x", "", "x")]
    public void NormBarsStayInTheExpression(string line, params string[] expected) =>
        Assert.Equal(expected, Fields(line));

    [Fact]
    public void AnOddRunOfBarsEndsWithTheSeparator() =>
        Assert.Equal([5, 9], TableFields.Separators("||x||| x | d"));
}
