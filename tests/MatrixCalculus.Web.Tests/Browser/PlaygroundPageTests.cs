using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MatrixCalculus.Web.Tests.Browser;

/// <summary>
/// The page in a real browser: what a person types, what they see. Every state is saved as a
/// screenshot under TestResults/screenshots (docs/playground.png is one of them).
/// </summary>
public class PlaygroundPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // The rendered derivative: KaTeX keeps its LaTeX source in the MathML annotation.
    private const string ResultTex = "#result annotation";

    [Fact]
    public async Task TypingAnExpressionRendersItsDerivative()
    {
        await using var session = await PageSession.Open(browser, "/");
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(Expected.ResultLatex("x'Ax", "x"));
        await session.Locator("#expr").FillAsync("");
        await session.Locator("#expr").PressSequentiallyAsync("(1/N)||Xw - y||^2");
        await session.Locator("#wrt").FillAsync("w");
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(Expected.ResultLatex("(1/N)||Xw - y||^2", "w"));
        await Expect(session.Locator("#plain")).ToHaveTextAsync("∇_w f = (2/N)X'(Xw - y)");
        await Expect(session.Locator("#steps-list li")).ToHaveCountAsync(Expected.StepCount("(1/N)||Xw - y||^2", "w"));
        await Expect(session.Locator("#shapes-body tr")).ToHaveCountAsync(4);
        await Expect(session.Locator("#kind")).ToHaveTextAsync("f is scalar; ∇_w f is the gradient, m (vector).");
        // The address holds the state (set before the request, so it is there once the result is).
        Assert.Equal(browser.Server.Address.GetLeftPart(UriPartial.Authority) + "/?expr=%281%2FN%29%7C%7CXw+-+y%7C%7C%5E2&wrt=w", session.Page.Url);
        await session.Screenshot("typed-expression");
        session.AssertStayedLocalWithoutErrors();
    }

    [Fact]
    public async Task LatexAndUnicodeInputRenderTheSameDerivatives()
    {
        const string latex = @"\frac{1}{N}\|Xw - y\|^2";
        await using var session = await PageSession.Open(browser, "/?expr=&wrt=w");
        await session.Locator("#expr").PressSequentiallyAsync(latex);
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(Expected.ResultLatex(latex, "w"));
        Assert.Equal(Expected.ResultLatex("(1/N)||Xw - y||^2", "w"), Expected.ResultLatex(latex, "w"));
        // The view of the README's screenshot (docs/playground.png): the gradient, its steps, the NumPy code.
        await Expect(session.Locator("#code-text")).ToHaveTextAsync(Expected.Code(latex, "w", "numpy"));
        await session.Screenshot("latex-input");
        await session.Locator("#expr").FillAsync("xᵀAx + ‖x‖²");
        await session.Locator("#wrt").FillAsync("x");
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(Expected.ResultLatex("xᵀAx + ‖x‖²", "x"));
        session.AssertStayedLocalWithoutErrors();
    }

    [Fact]
    public async Task AnErrorShowsItsMessageWithTheCaretUnderTheSpot()
    {
        await using var session = await PageSession.Open(browser, "/");
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(Expected.ResultLatex("x'Ax", "x"));
        await session.Locator("#expr").FillAsync("x'b +");
        var error = session.Locator("#expr-error");
        await Expect(error.Locator(".message")).ToHaveTextAsync("error MC1001 (line 1, column 6): unexpected end of input, expected expression.");
        await Expect(error.Locator("pre.caret")).ToHaveTextAsync("  x'b +\n       ^");
        await Expect(session.Locator("#view")).ToHaveClassAsync("stale");
        await session.Screenshot("error-caret");
        // An error in the declarations shows under the declarations.
        await session.Locator("#expr").FillAsync("x'Ax");
        await session.Locator("#let").FillAsync("A: n x");
        await Expect(session.Locator("#let-error pre.caret")).ToHaveTextAsync("  A: n x\n        ^");
        await Expect(session.Locator("#expr-error")).ToBeHiddenAsync();
        session.AssertStayedLocalWithoutErrors();
    }

    [Fact]
    public async Task ASharedLinkRestoresTheView()
    {
        const string link = "/?expr=log+det+X&wrt=X&let=X%3A+n+x+n+spd";
        await using var session = await PageSession.Open(browser, link);
        await Expect(session.Locator("#expr")).ToHaveValueAsync("log det X");
        await Expect(session.Locator("#wrt")).ToHaveValueAsync("X");
        await Expect(session.Locator("#let")).ToHaveValueAsync("X: n x n spd");
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(Expected.ResultLatex("log det X", "X", "X: n x n spd"));
        await Expect(session.Locator("#convention")).ToContainTextAsync("gradient on the space of symmetric matrices");
        await session.Screenshot("shared-link");
        // The order travels in the link too.
        await session.Page.GotoAsync(new Uri(browser.Server.Address, "/?expr=x%27Ax&wrt=x&order=2").ToString());
        await Expect(session.Locator("#order")).ToHaveValueAsync("2");
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(Expected.ResultLatex("x'Ax", "x", order: 2));
        session.AssertStayedLocalWithoutErrors();
    }

    [Fact]
    public async Task TheCheckButtonShowsTheFiniteDifferenceResult()
    {
        await using var session = await PageSession.Open(browser, "/?expr=tr%28AXB%29&wrt=X");
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(Expected.ResultLatex("tr(AXB)", "X"));
        await session.Locator("#check-button").ClickAsync();
        await Expect(session.Locator("#check-result .badge.pass")).ToContainTextAsync("agrees with central finite differences");
        await Expect(session.Locator("#check-result pre")).ToHaveTextAsync(Expected.CheckText("tr(AXB)", "X"));
        await session.Screenshot("check");
        session.AssertStayedLocalWithoutErrors();
    }

    [Fact]
    public async Task TheCodeTabsShowNumPyPyTorchAndCSharpToCopyAndDownload()
    {
        await using var session = await PageSession.Open(browser, "/?expr=%281%2FN%29%7C%7CXw+-+y%7C%7C%5E2&wrt=w");
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(Expected.ResultLatex("(1/N)||Xw - y||^2", "w"));
        foreach (var (tab, language, fileName) in new[] { ("#tab-pytorch", "pytorch", "matcalc_pytorch.py"), ("#tab-csharp", "csharp", "MatcalcGenerated.cs"), ("#tab-numpy", "numpy", "matcalc_numpy.py") })
        {
            await session.Locator(tab).ClickAsync();
            await Expect(session.Locator(tab)).ToHaveAttributeAsync("aria-selected", "true");
            var code = Expected.Code("(1/N)||Xw - y||^2", "w", language);
            await Expect(session.Locator("#code-text")).ToHaveTextAsync(code);
            if (language == "csharp") await session.Screenshot("code-tabs");
            var download = await session.Page.RunAndWaitForDownloadAsync(() => session.Locator("#download-code").ClickAsync());
            Assert.Equal(fileName, download.SuggestedFilename);
            Assert.Equal(code, await File.ReadAllTextAsync((await download.PathAsync())!));
            await session.Locator("#copy-code").ClickAsync();
            await Expect(session.Locator("#copied")).ToHaveTextAsync("Code copied");
            Assert.Equal(code, await session.Page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        }
        session.AssertStayedLocalWithoutErrors();
    }

    [Fact]
    public async Task TheKeyboardReachesEverything()
    {
        await using var session = await PageSession.Open(browser, "/?expr=x%27Ax&wrt=x");
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(Expected.ResultLatex("x'Ax", "x"));
        // The expression box is the first stop; Ctrl+Enter checks numerically from anywhere.
        await session.Page.Keyboard.PressAsync("Tab");
        await Expect(session.Locator("#expr")).ToBeFocusedAsync();
        await session.Page.Keyboard.PressAsync("Control+Enter");
        await Expect(session.Locator("#check-result .badge.pass")).ToBeVisibleAsync();
        // Arrow keys move along the code tabs.
        await session.Locator("#tab-numpy").FocusAsync();
        await session.Page.Keyboard.PressAsync("ArrowRight");
        await Expect(session.Locator("#tab-pytorch")).ToBeFocusedAsync();
        await Expect(session.Locator("#tab-pytorch")).ToHaveAttributeAsync("aria-selected", "true");
        await session.Page.Keyboard.PressAsync("End");
        await Expect(session.Locator("#tab-csharp")).ToHaveAttributeAsync("aria-selected", "true");
        session.AssertStayedLocalWithoutErrors();
    }

    [Fact]
    public async Task AnExampleIsOneClickAway()
    {
        await using var session = await PageSession.Open(browser, "/");
        await session.Page.Locator("#examples button", new() { HasText = "log det X" }).ClickAsync();
        await Expect(session.Locator("#let")).ToHaveValueAsync("X: n x n spd");
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(Expected.ResultLatex("log det X", "X", "X: n x n spd"));
        // The symbols are buttons that pick the variable.
        await session.Page.Locator("#examples button", new() { HasText = "tr(AXB)" }).ClickAsync();
        await session.Page.Locator("#symbols button", new() { HasText = "A" }).ClickAsync();
        await Expect(session.Locator("#wrt")).ToHaveValueAsync("A");
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(Expected.ResultLatex("tr(AXB)", "A"));
        session.AssertStayedLocalWithoutErrors();
    }

    [Fact]
    public async Task ThePageFitsAPhoneInTheDark()
    {
        const string link = "/?expr=-sum%28y+.*+log%28%CF%83%28Xw+%2B+b%29%29+%2B+%281+-+y%29+.*+log%281+-+%CF%83%28Xw+%2B+b%29%29%29&wrt=w&let=b%3A+scalar";
        await using var session = await PageSession.Open(browser, link, width: 390, height: 844, scheme: ColorScheme.Dark);
        await Expect(session.Locator(ResultTex)).ToHaveTextAsync(
            Expected.ResultLatex("-sum(y .* log(σ(Xw + b)) + (1 - y) .* log(1 - σ(Xw + b)))", "w", "b: scalar"));
        var overflow = await session.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone");
        var background = await session.Page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(22, 24, 27)", background);
        await session.Screenshot("phone-dark");
        session.AssertStayedLocalWithoutErrors();
    }
}
