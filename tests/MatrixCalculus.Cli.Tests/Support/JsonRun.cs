using System.Text.Json;

namespace MatrixCalculus.Cli.Tests.Support;

public static class JsonRun
{
    /// <summary>Runs matcalc, asserts success and one line of JSON on stdout, and parses it.</summary>
    public static JsonElement Object(params string[] args)
    {
        var run = Matcalc.Run(args);
        Assert.True(run.Exit == 0, $"exit {run.Exit}: {run.Error}");
        Assert.Equal("", run.Error);
        Assert.EndsWith("\n", run.Out);
        Assert.DoesNotContain("\n", run.Out.TrimEnd('\n'));
        using var document = JsonDocument.Parse(run.Out);
        return document.RootElement.Clone();
    }

    public static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.ToString()).ToArray();
}
