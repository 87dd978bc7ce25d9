using MatrixCalculus.Syntax;

namespace MatrixCalculus.Tests.Syntax;

public class LineIndexTests
{
    // The index gives the spans SourceSpan.At gives by scanning, at every offset (and past the end).
    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("\n")]
    [InlineData("ab\ncd\n\nef")]
    [InlineData("a\r\nb\r\n")]
    [InlineData("α😀\nβ\n")]
    public void SpansAgreeWithScanningFromTheStart(string text)
    {
        var index = new LineIndex(text);
        for (int start = -1; start <= text.Length + 1; start++)
            for (int length = 0; length <= 3; length++)
                Assert.Equal(SourceSpan.At(text, start, length), index.Span(start, length));
    }

    [Fact]
    public void LineStartsFollowNewlinesAndStopAtTheEnd()
    {
        var index = new LineIndex("ab\ncd\n\nef");
        Assert.Equal([0, 3, 6, 7, 9, 9], Enumerable.Range(0, 6).Select(index.LineStart));
    }
}
