using System.Text.Json;
using MatrixCalculus.Web.Tests.Support;

namespace MatrixCalculus.Web.Tests.Api;

/// <summary>
/// POST /api/view, what the page shows: the answers of /api/diff (with steps) and /api/parse as
/// they are, and the names and differentials of the derivatives in LaTeX.
/// </summary>
public class ViewApiTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private readonly HttpClient client = playground.Client;

    [Theory]
    [InlineData("x'Ax", "x", 1, """[{"label":"\\nabla_{x} f","text":"∇_x f","differential":"\\mathrm{d}x^\\top Ax + x^\\top A\\,\\mathrm{d}x"}]""")]
    [InlineData("||Xw + b - y||^2", "w,b", 2, """[{"label":"\\nabla^2_{w} f","text":"∇²_w f","differential":"2\\langle Xw + b - y, X\\,\\mathrm{d}w\\rangle"},{"label":"\\frac{\\partial^2 f}{\\partial w \\, \\partial b}","text":"∂²f/∂w∂b","differential":"2\\langle Xw + b - y, X\\,\\mathrm{d}w\\rangle"},{"label":"\\frac{\\mathrm{d}^2 f}{\\mathrm{d} b^2}","text":"d²f/db²","differential":"2\\,\\mathrm{d}b\\,\\langle Xw + b - y, \\mathbf{1}_n\\rangle"}]""")]
    public async Task TheViewIsTheDiffAndParseAnswersWithTheLabels(string expression, string wrt, int order, string labels)
    {
        var let = "b: scalar";
        var (status, body) = await Http.Post(client, "/api/view", JsonSerializer.Serialize(new { expression, wrt, order, let }));
        Assert.Equal(200, status);
        using var view = JsonDocument.Parse(body);
        var root = view.RootElement;
        Assert.Equal(["diff", "parse", "labels"], root.EnumerateObject().Select(p => p.Name));
        var (_, diff) = await Http.Post(client, "/api/diff", JsonSerializer.Serialize(new { expression, wrt, order, let, steps = true }));
        var (_, parse) = await Http.Post(client, "/api/parse", JsonSerializer.Serialize(new { expression, let }));
        Assert.Equal(diff, root.GetProperty("diff").GetRawText());
        Assert.Equal(parse, root.GetProperty("parse").GetRawText());
        Assert.Equal(labels, root.GetProperty("labels").GetRawText());
        var (checkStatus, check) = await Http.Post(client, "/api/check", JsonSerializer.Serialize(new { expression, wrt, order, let }));
        Assert.Equal(200, checkStatus);
        Assert.DoesNotContain("\"passed\":false", check);
    }
}
