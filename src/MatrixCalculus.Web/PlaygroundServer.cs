using System.Net;
using System.Net.Sockets;
using MatrixCalculus.Syntax;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MatrixCalculus.Web;

/// <summary>
/// The playground on a real socket (Kestrel): <c>matcalc serve</c>, and the browser tests.
/// It listens on one address only, 127.0.0.1 unless the caller names another.
/// </summary>
public sealed class PlaygroundServer : IAsyncDisposable
{
    /// <summary>The port of <c>matcalc serve</c> without <c>--port</c>.</summary>
    public const int DefaultPort = 5280;

    /// <summary>The address of <c>matcalc serve</c> without <c>--host</c>: this machine only.</summary>
    public const string DefaultHost = "127.0.0.1";

    private readonly IHost host;

    private PlaygroundServer(IHost host, Uri address) => (this.host, Address) = (host, address);

    /// <summary>The page's address, e.g. <c>http://127.0.0.1:5280/</c>.</summary>
    public Uri Address { get; }

    /// <summary>
    /// Starts serving on <paramref name="hostName"/> (an IP address, or <c>localhost</c>) and
    /// <paramref name="port"/> (0: any free port). An address that cannot be listened on is a
    /// <see cref="MatrixCalculusException"/> saying why.
    /// </summary>
    public static async Task<PlaygroundServer> Start(string hostName, int port, PlaygroundOptions options)
    {
        var address = Resolve(hostName);
        var host = Playground.CreateHostBuilder(options, web => web.UseKestrel(kestrel =>
        {
            kestrel.Listen(address, port);
            kestrel.AddServerHeader = false;
        })).Build();
        try
        {
            await host.StartAsync();
        }
        catch (IOException e)
        {
            host.Dispose();
            throw Usage($"cannot listen on {Describe(address, port)}: {Reason(e)}");
        }
        var bound = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PlaygroundServer(host, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    /// <summary>Serves until the process is told to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdown() => host.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    private static IPAddress Resolve(string hostName)
    {
        if (hostName == "localhost") return IPAddress.Loopback;
        if (IPAddress.TryParse(hostName, out var address)) return address;
        throw Usage($"--host must be an IP address (127.0.0.1, ::1, 0.0.0.0 for every interface) or localhost, not `{hostName}`.");
    }

    private static string Describe(IPAddress address, int port) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]:{port}" : $"{address}:{port}";

    // Kestrel wraps the socket's error (IOException, then AddressInUseException, then the
    // SocketException); its own message names the socket call, not the reason.
    private static string Reason(IOException e)
    {
        if (Causes(e).Any(cause => cause is Microsoft.AspNetCore.Connections.AddressInUseException))
            return "the port is in use; pick another with --port.";
        return Causes(e).OfType<SocketException>().FirstOrDefault()?.SocketErrorCode switch
        {
            SocketError.AddressAlreadyInUse => "the port is in use; pick another with --port.",
            SocketError.AddressNotAvailable => "this machine has no such address.",
            SocketError.AccessDenied => "permission denied (ports below 1024 need privileges); pick another with --port.",
            _ => e.Message,
        };
    }

    private static IEnumerable<Exception> Causes(Exception e)
    {
        for (Exception? cause = e; cause is not null; cause = cause.InnerException) yield return cause;
    }

    private static MatrixCalculusException Usage(string message) =>
        new(new Diagnostic(DiagnosticCode.Usage, message, SourceSpan.None, "", "command line"));
}
