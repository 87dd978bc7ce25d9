using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

namespace MatrixCalculus.Web.Assets;

/// <summary>
/// The page, its script and stylesheet, and KaTeX, served from this assembly's resources (the
/// project embeds wwwroot/ and KaTeX's dist/ under the logical names <c>wwwroot/&lt;path&gt;</c>).
/// GET / is the page; any other path is the asset of that name or 404.
/// </summary>
internal static class EmbeddedAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;

    // Resource names as MSBuild wrote them, keyed by the URL path they answer (with '/' on every OS).
    private static readonly Dictionary<string, string> ByPath = Assembly.GetManifestResourceNames()
        .Where(name => name.Replace('\\', '/').StartsWith(Prefix, StringComparison.Ordinal))
        .ToDictionary(name => "/" + name.Replace('\\', '/')[Prefix.Length..], StringComparer.Ordinal);

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The URL paths served, sorted (tests check that every asset the page names is one).</summary>
    public static IReadOnlyList<string> Paths => [.. ByPath.Keys.Order(StringComparer.Ordinal)];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods("/", methods, context => Send(context, "/index.html"));
        endpoints.MapMethods("/{**path}", methods, context => Send(context, context.Request.Path.Value ?? ""));
    }

    private static async Task Send(HttpContext context, string path)
    {
        if (!ByPath.TryGetValue(path, out var resource))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"no such page: {path}\n");
            return;
        }
        if (!ContentTypes.TryGetContentType(path, out var type)) type = "application/octet-stream";
        context.Response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
        // The page changes with matcalc itself, KaTeX's versioned files do not.
        context.Response.Headers.CacheControl = path.StartsWith("/katex/", StringComparison.Ordinal) ? "public, max-age=86400" : "no-cache";
        await using var stream = Assembly.GetManifestResourceStream(resource)!;
        context.Response.ContentLength = stream.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
