using MatrixCalculus.Syntax;
using Microsoft.AspNetCore.Http;

namespace MatrixCalculus.Web.Api;

/// <summary>
/// The body of a request, at most <see cref="PlaygroundOptions.MaxRequestBytes"/> bytes. The limit
/// is checked here, not only by the server (Kestrel), so that it holds behind any server, and a
/// body that says its length up front is refused before any of it is read.
/// </summary>
internal static class RequestBody
{
    public static async Task<byte[]> Read(HttpContext context, int limit)
    {
        var length = context.Request.ContentLength;
        if (length > limit) throw TooLarge(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge(limit);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static BodyTooLargeException TooLarge(int limit) =>
        new(new Diagnostic(DiagnosticCode.InputTooLarge,
            $"the request is larger than {limit} bytes, the playground's limit.", SourceSpan.None, "", "request"));
}

/// <summary>A body over the limit: HTTP 413 rather than 400.</summary>
internal sealed class BodyTooLargeException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
