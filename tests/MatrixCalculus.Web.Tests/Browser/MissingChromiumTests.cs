namespace MatrixCalculus.Web.Tests.Browser;

/// <summary>Without chromium the browser tests fail, saying how to install it; they never pass silently.</summary>
public class MissingChromiumTests
{
    [Fact]
    public void AMissingChromiumFailsWithTheCommandThatInstallsIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BrowserFixture.RequireChromium("/nonexistent/chromium"));
        Assert.Equal("the browser tests drive chromium at /nonexistent/chromium, which is not there: install it with `apt-get install chromium` (Debian), or set MATCALC_CHROMIUM to a chromium binary.", error.Message);
    }
}
