using System.Text.RegularExpressions;
using MatrixCalculus.Web.Assets;
using MatrixCalculus.Web.Tests.Support;

namespace MatrixCalculus.Web.Tests.Api;

/// <summary>
/// The page and everything it loads come from matcalc itself: every script, stylesheet and font
/// the page or KaTeX's stylesheet names is served, and the content security policy lets the
/// browser load nothing from anywhere else.
/// </summary>
public partial class AssetTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private readonly HttpClient client = playground.Client;

    [Fact]
    public async Task ThePageIsServedWithAPolicyThatKeepsEveryRequestOnThisServer()
    {
        using var response = await client.GetAsync("/");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var policy = string.Join("", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.Contains("script-src 'self';", policy);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<div id=\"result\"", html);
    }

    [Fact]
    public async Task EveryAssetThePageNamesIsServed()
    {
        var html = await client.GetStringAsync("/");
        var names = AssetReference().Matches(html).Select(m => m.Groups["path"].Value).ToList();
        Assert.Equal(["/katex/katex.min.css", "/style.css", "/katex/katex.min.js", "/app.js"], names);
        foreach (var name in names)
        {
            using var response = await client.GetAsync(name);
            Assert.True(response.IsSuccessStatusCode, name);
            Assert.DoesNotContain("http://", name);
        }
    }

    [Fact]
    public async Task EveryWoff2FontOfKatexIsServed()
    {
        var css = await client.GetStringAsync("/katex/katex.min.css");
        var fonts = FontReference().Matches(css).Select(m => "/katex/" + m.Groups["path"].Value).Distinct().ToList();
        Assert.True(fonts.Count >= 20, $"only {fonts.Count} fonts named");
        foreach (var font in fonts)
        {
            using var response = await client.GetAsync(font);
            Assert.True(response.IsSuccessStatusCode, font);
            Assert.Equal("font/woff2", response.Content.Headers.ContentType!.MediaType);
        }
        Assert.Equal(fonts.Order(StringComparer.Ordinal), EmbeddedAssets.Paths.Where(p => p.EndsWith(".woff2")));
    }

    [Fact]
    public async Task AnUnknownPathIs404()
    {
        using var response = await client.GetAsync("/no/such/file.js");
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("no such page: /no/such/file.js\n", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("(?:src|href)=\"(?<path>/[^\"]*)\"")]
    private static partial Regex AssetReference();

    [GeneratedRegex("""url\((?<path>fonts/[^)]*\.woff2)\)""")]
    private static partial Regex FontReference();
}
