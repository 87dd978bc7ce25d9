using System.Text.Json;
using MatrixCalculus.Web.Tests.Support;

namespace MatrixCalculus.Web.Tests.Api;

/// <summary>POST /api/codegen: the file <c>matcalc codegen</c> prints, for the page's code tabs.</summary>
public class CodegenApiTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private readonly HttpClient client = playground.Client;

    [Theory]
    [InlineData("numpy", "matcalc_numpy.py")]
    [InlineData("pytorch", "matcalc_pytorch.py")]
    [InlineData("csharp", "MatcalcGenerated.cs")]
    public async Task TheCodeIsWhatMatcalcCodegenPrints(string language, string fileName)
    {
        var (status, body) = await Http.Post(client, "/api/codegen",
            JsonSerializer.Serialize(new { expression = "log det X + tr(AX)", wrt = "X", let = "X: n x n spd", language }));
        Assert.Equal(200, status);
        using var answer = JsonDocument.Parse(body);
        Assert.Equal(language, answer.RootElement.GetProperty("language").GetString());
        Assert.Equal(fileName, answer.RootElement.GetProperty("filename").GetString());
        var cli = MatcalcCli.RunRaw("codegen", "log det X + tr(AX)", "--wrt", "X", "--let", "X: n x n spd", "--lang", language);
        Assert.Equal(0, cli.Exit);
        Assert.Equal(cli.Out, answer.RootElement.GetProperty("code").GetString());
        // The derivative the code computes is the library's, which the check confirms.
        var (checkStatus, check) = await Http.Post(client, "/api/check", """{"expression": "log det X + tr(AX)", "wrt": "X", "let": "X: n x n spd"}""");
        Assert.Equal(200, checkStatus);
        Assert.Contains("\"passed\":true", check);
    }

    [Fact]
    public async Task AnUnknownLanguageIsAnError()
    {
        var (status, body) = await Http.Post(client, "/api/codegen", """{"expression": "x'Ax", "wrt": "x", "language": "fortran"}""");
        Assert.Equal(400, status);
        Assert.Equal("""{"error":"`language` must be one of numpy, pytorch, csharp, not `fortran`.","line":1,"column":48,"length":9,"code":"MC5001","source":"request","rendered":"error MC5001 (line 1, column 48): `language` must be one of numpy, pytorch, csharp, not `fortran`.\n  {\"expression\": \"x'Ax\", \"wrt\": \"x\", \"language\": \"fortran\"}\n                                                 ^^^^^^^^^"}""", body);
    }
}
