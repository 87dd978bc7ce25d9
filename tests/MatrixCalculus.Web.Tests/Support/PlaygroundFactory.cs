using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace MatrixCalculus.Web.Tests.Support;

/// <summary>
/// The playground in memory (ASP.NET Core's test server), with the options a test picks; the
/// application is built exactly as <c>matcalc serve</c> builds it, with the server swapped.
/// The factory names the program that hosts the playground (matcalc's <see cref="Program"/>:
/// it wants an assembly with an entry point) and builds the host itself.
/// </summary>
public sealed class PlaygroundFactory(PlaygroundOptions options) : WebApplicationFactory<Program>
{
    public PlaygroundFactory() : this(PlaygroundOptions.Default) { }

    protected override IHostBuilder CreateHostBuilder() => Playground.CreateHostBuilder(options);
}
