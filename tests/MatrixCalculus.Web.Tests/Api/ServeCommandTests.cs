using System.Diagnostics;
using System.Text;
using MatrixCalculus.Web.Tests.Support;

namespace MatrixCalculus.Web.Tests.Api;

/// <summary><c>matcalc serve</c> itself: the real program on a real port, and its command-line errors.</summary>
public class ServeCommandTests
{
    [Fact]
    public async Task MatcalcServeListensOnLoopbackAndAnswers()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "matcalc.dll"), "serve", "--port", "0" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Matches(@"^matcalc playground: http://127\.0\.0\.1:\d+/ \(Ctrl\+C stops it\)$", line);
            var address = new Uri(line!.Split(' ')[2]);
            using var client = new HttpClient { BaseAddress = address };
            var (status, body) = await Http.Post(client, "/api/diff", """{"expression": "x'Ax", "wrt": "x"}""");
            Assert.Equal(200, status);
            Assert.Equal(MatcalcCli.Run("diff", "x'Ax", "--wrt", "x", "--format", "json").Out, body);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public void APortOutOfRangeIsAnError()
    {
        var (exit, stdout, stderr) = MatcalcCli.Run("serve", "--port", "70000");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal("error MC5001: --port must be a number from 0 to 65535, not `70000`.\nrun `matcalc serve --help` for usage.", stderr);
    }

    [Fact]
    public void AHostThatIsNotAnAddressIsAnError()
    {
        var (exit, _, stderr) = MatcalcCli.Run("serve", "--host", "example");
        Assert.Equal(2, exit);
        Assert.Equal("error MC5001: --host must be an IP address (127.0.0.1, ::1, 0.0.0.0 for every interface) or localhost, not `example`.", stderr);
    }

    [Fact]
    public async Task APortInUseIsAnError()
    {
        await using var first = await PlaygroundServer.Start("127.0.0.1", 0, PlaygroundOptions.Default);
        var (exit, _, stderr) = MatcalcCli.Run("serve", "--port", first.Address.Port.ToString());
        Assert.Equal(2, exit);
        Assert.Equal($"error MC5001: cannot listen on 127.0.0.1:{first.Address.Port}: the port is in use; pick another with --port.", stderr);
    }
}
