using Microsoft.AspNetCore.Http;

namespace MatrixCalculus.Web;

/// <summary>
/// Headers on every answer. The content security policy lets the page load and connect to this
/// server only, so the browser itself guarantees that no request leaves it (KaTeX's inline
/// style attributes need 'unsafe-inline' for styles; scripts stay 'self' only).
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; " +
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static Task Add(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
