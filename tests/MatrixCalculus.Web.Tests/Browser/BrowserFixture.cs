using Microsoft.Playwright;

namespace MatrixCalculus.Web.Tests.Browser;

/// <summary>
/// One playground on a real port and one headless Debian chromium driven by Playwright, shared by
/// the browser tests. Playwright's own browser download is not used (nor reachable): the tests
/// drive the system's chromium, and fail, never skip, when it is missing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium; <c>MATCALC_CHROMIUM</c> names another chromium binary.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("MATCALC_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? playwright;

    public PlaygroundServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the screenshots go: TestResults/screenshots beside this project (git ignores TestResults/).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(ProjectFolder(), "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        RequireChromium(ChromiumPath);
        Server = await PlaygroundServer.Start("127.0.0.1", 0, PlaygroundOptions.Default);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
    }

    /// <summary>A missing browser fails the tests with the way to install it; they never pass without a browser.</summary>
    public static void RequireChromium(string path)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"the browser tests drive chromium at {path}, which is not there: install it with `apt-get install chromium` (Debian), or set MATCALC_CHROMIUM to a chromium binary.");
    }

    private static string ProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "MatrixCalculus.Web.Tests.csproj"))) return folder.FullName;
        return AppContext.BaseDirectory;
    }
}
