using System.Text.Json;
using MatrixCalculus.Web.Tests.Support;

namespace MatrixCalculus.Web.Tests.Api;

/// <summary>POST /api/check: the finite-difference check of <c>matcalc check</c>, as JSON.</summary>
public class CheckApiTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private readonly HttpClient client = playground.Client;

    [Fact]
    public async Task TheCheckSaysWhatMatcalcCheckSays()
    {
        var (status, body) = await Http.Post(client, "/api/check", """{"expression": "log det X", "wrt": "X", "let": "X: n x n spd", "seed": 7}""");
        Assert.Equal(200, status);
        using var answer = JsonDocument.Parse(body);
        var root = answer.RootElement;
        Assert.Equal(["expression", "wrt", "order", "passed", "maxRelativeError", "tolerance", "directions", "warnings", "text"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("passed").GetBoolean());
        Assert.Equal(1e-5, root.GetProperty("tolerance").GetDouble());
        Assert.Equal(3, root.GetProperty("directions").GetInt32());
        Assert.InRange(root.GetProperty("maxRelativeError").GetDouble(), 0, 1e-5);
        var cli = MatcalcCli.Run("check", "log det X", "--wrt", "X", "--let", "X: n x n spd", "--seed", "7");
        Assert.Equal(0, cli.Exit);
        Assert.Equal(cli.Out, root.GetProperty("text").GetString());
    }

    [Fact]
    public async Task ACheckAtAPointBesideAKinkWarnsThatItMayFail()
    {
        // The check of a kink: relu at a point a step from 0 warns instead of failing silently.
        var (status, body) = await Http.Post(client, "/api/check", """{"expression": "sum(relu(x))", "wrt": "x", "at": {"x": [1e-9, 2]}}""");
        Assert.Equal(200, status);
        using var answer = JsonDocument.Parse(body);
        var warnings = answer.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ToList();
        Assert.NotEmpty(warnings);
        Assert.Contains("the point given", answer.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task APointAndASeedTogetherAreAnError()
    {
        var (status, body) = await Http.Post(client, "/api/check", """{"expression": "x'x", "wrt": "x", "seed": 2, "at": {"x": [1, 2]}}""");
        Assert.Equal(400, status);
        Assert.Equal("""{"error":"give either `at` or `seed`, not both.","line":1,"column":43,"length":1,"code":"MC5001","source":"request","rendered":"error MC5001 (line 1, column 43): give either `at` or `seed`, not both.\n  {\"expression\": \"x'x\", \"wrt\": \"x\", \"seed\": 2, \"at\": {\"x\": [1, 2]}}\n                                            ^"}""", body);
    }
}
