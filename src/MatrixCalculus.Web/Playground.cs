using MatrixCalculus.Web.Api;
using MatrixCalculus.Web.Assets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MatrixCalculus.Web;

/// <summary>
/// The playground as an ASP.NET Core application: the page and its assets (<see cref="EmbeddedAssets"/>)
/// and the JSON API (<see cref="ApiEndpoints"/>). It holds no mathematics: every answer is the
/// library's, written by the library's reports, so <c>POST /api/diff</c> answers exactly what
/// <c>matcalc diff --format json</c> prints.
/// </summary>
public sealed class Playground
{
    private Playground() { }

    /// <summary>
    /// A host serving the playground; <paramref name="server"/> picks the server (Kestrel bound
    /// to an address for <c>matcalc serve</c>; tests put their in-memory server in its place).
    /// </summary>
    public static IHostBuilder CreateHostBuilder(PlaygroundOptions options, Action<IWebHostBuilder>? server = null) =>
        new HostBuilder().ConfigureWebHost(web =>
        {
            server?.Invoke(web);
            web.ConfigureServices(services => services.AddSingleton(options).AddRouting());
            web.Configure(Configure);
        });

    private static void Configure(IApplicationBuilder app)
    {
        app.Use(SecurityHeaders.Add);
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            ApiEndpoints.Map(endpoints);
            EmbeddedAssets.Map(endpoints);
        });
    }
}
