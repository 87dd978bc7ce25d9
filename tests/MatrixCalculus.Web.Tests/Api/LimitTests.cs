using System.Text.Json;
using MatrixCalculus.Reports;
using MatrixCalculus.Web.Api;
using Microsoft.AspNetCore.Http;
using MatrixCalculus.Web.Tests.Support;

namespace MatrixCalculus.Web.Tests.Api;

/// <summary>The request size limit, the time budget, and requests served side by side.</summary>
public class LimitTests
{
    [Fact]
    public async Task ABodyOverTheSizeLimitIs413WithoutBeingRead()
    {
        using var factory = new PlaygroundFactory(PlaygroundOptions.Default with { MaxRequestBytes = 1000 });
        using var client = factory.CreateClient();
        var expression = string.Join(" + ", Enumerable.Range(0, 300).Select(i => "x'x"));
        var (status, body) = await Http.Post(client, "/api/diff", JsonSerializer.Serialize(new { expression, wrt = "x" }));
        Assert.Equal(413, status);
        Assert.Equal("""{"error":"the request is larger than 1000 bytes, the playground's limit.","line":null,"column":null,"length":null,"code":"MC1003","source":"request","rendered":"error MC1003: the request is larger than 1000 bytes, the playground's limit."}""", body);
    }

    [Fact]
    public async Task ABodyWithoutALengthIsCutAtTheLimit()
    {
        // A chunked body says no length up front: the reader stops one chunk past the limit.
        var context = new DefaultHttpContext();
        var stream = new MemoryStream(new byte[1_000_000]);
        context.Request.Body = stream;
        var error = await Assert.ThrowsAsync<BodyTooLargeException>(() => RequestBody.Read(context, 1000));
        Assert.Equal("the request is larger than 1000 bytes, the playground's limit.", error.Diagnostic.Message);
        Assert.InRange(stream.Position, 1001, 20_000);
    }

    [Fact]
    public async Task ARequestPastTheTimeBudgetIsAnErrorAndTheServerGoesOn()
    {
        using var factory = new PlaygroundFactory(new PlaygroundOptions(TimeSpan.FromMilliseconds(1)));
        using var client = factory.CreateClient();
        // The Hessian of a product of quadratic forms takes far longer than a millisecond.
        var expression = string.Join(" * ", Enumerable.Range(1, 12).Select(i => $"(x'A{i}x)"));
        var (status, body) = await Http.Post(client, "/api/diff", JsonSerializer.Serialize(new { expression, wrt = "x", order = 2 }));
        Assert.Equal(400, status);
        Assert.Equal("""{"error":"the command did not finish within its time budget of 0.001 seconds; try a smaller expression or point, or a first derivative instead of a second (or set MATCALC_TIME_BUDGET to more seconds).","line":null,"column":null,"length":null,"code":"MC1003","source":"request","rendered":"error MC1003: the command did not finish within its time budget of 0.001 seconds; try a smaller expression or point, or a first derivative instead of a second (or set MATCALC_TIME_BUDGET to more seconds)."}""", body);
    }

    [Fact]
    public async Task FiftyConcurrentRequestsAreEachAnsweredWithTheirOwnDerivative()
    {
        using var factory = new PlaygroundFactory();
        using var client = factory.CreateClient();
        // Fifty different derivatives, so that an answer given to the wrong request shows.
        var requests = Enumerable.Range(1, 50).Select(k => (Expression: $"{k}x'Ax + ||x||^{k % 4 + 2}", Wrt: "x")).ToList();
        var answers = await Task.WhenAll(requests.Select(r => Http.Post(client, "/api/diff", JsonSerializer.Serialize(new { expression = r.Expression, wrt = r.Wrt }))));
        for (int i = 0; i < requests.Count; i++)
        {
            Assert.Equal(200, answers[i].Status);
            var compiled = Engine.Compile(requests[i].Expression);
            Assert.Equal(DiffJson.Format(new DiffReport(compiled, Engine.Differentiate(compiled, "x"), false, null)), answers[i].Body);
        }
        // And each is right: the check of a few of them passes.
        foreach (var k in new[] { 1, 2, 3, 4 })
        {
            var (status, body) = await Http.Post(client, "/api/check", JsonSerializer.Serialize(new { expression = requests[k - 1].Expression, wrt = "x" }));
            Assert.Equal(200, status);
            Assert.Contains("\"passed\":true", body);
        }
    }
}
