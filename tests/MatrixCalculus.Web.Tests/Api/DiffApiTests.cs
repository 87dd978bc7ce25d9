using System.Text.Json;
using MatrixCalculus.Web.Tests.Support;

namespace MatrixCalculus.Web.Tests.Api;

/// <summary>
/// POST /api/diff answers the object <c>matcalc diff --format json</c> prints, byte for byte
/// (one implementation: the library's DiffJson), and every derivative it gives passes the
/// numeric check.
/// </summary>
public class DiffApiTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private readonly HttpClient client = playground.Client;

    [Fact]
    public async Task TheGradientOfXAxIsTheObjectOfDiffFormatJson()
    {
        var (status, body) = await Http.Post(client, "/api/diff", """{"expression": "x'Ax", "wrt": "x"}""");
        Assert.Equal(200, status);
        Assert.Equal("""{"expression":"x'Ax","wrt":"x","order":1,"kind":"gradient","shape":["n"],"differential":"dx'Ax + x'A dx","result":"(A + A')x","latex":"(A + A^\\top)x","shapes":{"x":"n","A":"n x n"}}""", body);
        Assert.Equal(MatcalcCli.Run("diff", "x'Ax", "--wrt", "x", "--format", "json").Out, body);
        await AssertChecksNumerically("x'Ax", "x", null, 1);
    }

    public static TheoryData<string, string, string?, int, bool> Cases => new()
    {
        { "x'Ax", "x", "A: n x n symmetric", 1, true },
        { "log det X", "X", "X: n x n spd", 1, true },
        { "(1/N)||Xw - y||^2", "w", null, 1, false },
        { "(1/N)||Xw - y||^2", "w", null, 2, true },
        { "-sum(y .* log(σ(Xw + b)) + (1 - y) .* log(1 - σ(Xw + b)))", "w", "b: scalar", 1, false },
        { "tr(AXB)", "X", null, 1, true },
        { "X^-1", "X", null, 1, false },
        { "softmax(t)", "t", null, 1, false },
        // Several variables: the array of per-variable objects, with the mixed blocks at order 2.
        { "-sum(y .* log(σ(Xw + b)) + (1 - y) .* log(1 - σ(Xw + b)))", "w,b", "b: scalar", 1, false },
        { "||Xw + b - y||^2", "w,b", "b: scalar", 2, true },
        // No variable: the one a head names.
        { "f(x) = x'Ax", "", null, 1, false },
        // LaTeX and Unicode, as the command line reads them.
        { @"\frac{1}{N}\|Xw - y\|^2", "w", null, 1, false },
        { "xᵀAx + ‖x‖²", "x", null, 1, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryAnswerIsWhatTheCommandLinePrintsAndChecksNumerically(string expression, string wrt, string? let, int order, bool steps)
    {
        var request = new Dictionary<string, object?> { ["expression"] = expression, ["wrt"] = wrt, ["order"] = order, ["let"] = let, ["steps"] = steps };
        var (status, body) = await Http.Post(client, "/api/diff", JsonSerializer.Serialize(request));
        Assert.Equal(200, status);
        List<string> args = ["diff", expression, "--order", order.ToString(), "--format", "json"];
        if (wrt != "") args.AddRange(["--wrt", wrt]);
        if (let is not null) args.AddRange(["--let", let]);
        if (steps) args.Add("--steps");
        Assert.Equal(MatcalcCli.Run([.. args]).Out, body);
        await AssertChecksNumerically(expression, wrt, let, order);
    }

    [Fact]
    public async Task AValueAtAPointIsTheCommandLinesValue()
    {
        const string point = """{"A": [[1, 2], [3, 4]], "x": [1, -1]}""";
        var (status, body) = await Http.Post(client, "/api/diff", $$"""{"expression": "x'Ax", "wrt": "x", "at": {{point}}}""");
        Assert.Equal(200, status);
        var file = Path.Combine(Path.GetTempPath(), $"matcalc-web-point-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, point);
        try
        {
            Assert.Equal(MatcalcCli.Run("diff", "x'Ax", "--wrt", "x", "--at", file, "--format", "json").Out, body);
        }
        finally
        {
            File.Delete(file);
        }
        // (A + A')x at A = [[1, 2], [3, 4]], x = (1, -1): [[2, 5], [5, 8]] (1, -1) = (-3, -3).
        Assert.Contains("\"value\":[-3,-3]", body);
        await AssertChecksNumerically("x'Ax", "x", null, 1);
    }

    private async Task AssertChecksNumerically(string expression, string wrt, string? let, int order)
    {
        var request = new Dictionary<string, object?> { ["expression"] = expression, ["wrt"] = wrt, ["order"] = order, ["let"] = let };
        var (status, body) = await Http.Post(client, "/api/check", JsonSerializer.Serialize(request));
        Assert.Equal(200, status);
        using var answer = JsonDocument.Parse(body);
        // Several variables: one report per derivative and mixed block.
        var reports = answer.RootElement.ValueKind == JsonValueKind.Array ? answer.RootElement.EnumerateArray().ToList() : [answer.RootElement];
        Assert.NotEmpty(reports);
        Assert.All(reports, report => Assert.True(report.GetProperty("passed").GetBoolean(), body));
    }
}
