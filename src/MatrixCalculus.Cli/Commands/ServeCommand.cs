using System.CommandLine;
using MatrixCalculus.Web;

namespace MatrixCalculus.Cli.Commands;

/// <summary>
/// <c>matcalc serve [--port P] [--host H]</c>: the playground page and its JSON API on
/// http://127.0.0.1:5280/ until Ctrl+C. It is not a budgeted command itself (it runs until
/// stopped); each request gets the command time budget instead.
/// </summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create(Io io, TimeSpan budget)
    {
        var port = new Option<int>("--port")
        {
            Description = $"the port to listen on (0: any free port)",
            HelpName = "P",
            DefaultValueFactory = _ => PlaygroundServer.DefaultPort,
            CustomParser = ParsePort,
        };
        var host = new Option<string>("--host")
        {
            Description = "the address to listen on: 127.0.0.1 (this machine only), ::1, or 0.0.0.0 to let other machines in",
            HelpName = "H",
            DefaultValueFactory = _ => PlaygroundServer.DefaultHost,
        };
        var command = new Command(Name, "serve the playground: a web page that differentiates as you type, at http://127.0.0.1:5280/")
        {
            port, host,
        };
        command.SetAction(parsed => Run(io, parsed.GetRequiredValue(host), parsed.GetRequiredValue(port), budget));
        return command;
    }

    private static int ParsePort(System.CommandLine.Parsing.ArgumentResult result)
    {
        if (result.Tokens.Count == 0) return PlaygroundServer.DefaultPort;
        var text = result.Tokens[^1].Value;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port <= 65535)
            return port;
        result.AddError($"--port must be a number from 0 to 65535, not `{text}`.");
        return PlaygroundServer.DefaultPort;
    }

    private static int Run(Io io, string host, int port, TimeSpan budget)
    {
        var server = PlaygroundServer.Start(host, port, new PlaygroundOptions(budget)).GetAwaiter().GetResult();
        try
        {
            io.Out.WriteLine($"matcalc playground: {server.Address} (Ctrl+C stops it)");
            io.Out.Flush();
            server.WaitForShutdown().GetAwaiter().GetResult();
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return ExitCode.Success;
    }
}
