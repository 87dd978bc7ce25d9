using Microsoft.Playwright;

namespace MatrixCalculus.Web.Tests.Browser;

/// <summary>
/// A page of the playground in a fresh browser context. It records every request the page makes
/// and every script error, so each test can end by asserting that no request left the server and
/// that the page raised no error.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly Uri server;
    private readonly List<string> requests = [];
    private readonly List<string> errors = [];

    public IPage Page { get; }

    private PageSession(IBrowserContext context, IPage page, Uri server)
    {
        (this.context, Page, this.server) = (context, page, server);
        page.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        page.PageError += (_, error) => { lock (errors) errors.Add(error); };
        // A 400 is how the API answers bad input, which the page shows: the browser logs it, it is no script error.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                lock (errors) errors.Add(message.Text);
        };
    }

    public static async Task<PageSession> Open(BrowserFixture fixture, string pathAndQuery = "/", int width = 1200, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = scheme,
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = fixture.Server.Address.GetLeftPart(UriPartial.Authority) });
        var session = new PageSession(context, await context.NewPageAsync(), fixture.Server.Address);
        await session.Page.GotoAsync(new Uri(fixture.Server.Address, pathAndQuery).ToString());
        return session;
    }

    public ILocator Locator(string selector) => Page.Locator(selector);

    public Task Screenshot(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>Every request went to the playground's own server (or stayed in the page: blob:, data:), and no script failed.</summary>
    public void AssertStayedLocalWithoutErrors()
    {
        string origin = server.GetLeftPart(UriPartial.Authority);
        lock (requests)
        {
            Assert.NotEmpty(requests);
            Assert.All(requests, url => Assert.True(url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("blob:") || url.StartsWith("data:"), url));
        }
        lock (errors) Assert.Empty(errors);
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
