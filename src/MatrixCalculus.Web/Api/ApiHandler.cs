using System.Text;
using MatrixCalculus.Syntax;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MatrixCalculus.Web.Api;

/// <summary>
/// One API request from body to answer: read the body (size limit), read its fields, then compute
/// the answer on a <see cref="WorkThread"/> within the time budget, as a command of the command
/// line would. Requests are independent: each has its own thread and shares no state.
/// Bad input answers 400 (413 for a body over the limit) with <see cref="ErrorJson"/>.
/// </summary>
internal static class ApiHandler
{
    public static async Task Handle(HttpContext context, ApiEndpoint endpoint)
    {
        var options = context.RequestServices.GetRequiredService<PlaygroundOptions>();
        await Write(context, await Answer(context, endpoint, options));
    }

    /// <summary>A path under /api/ that is no endpoint, or an endpoint asked with another method than POST.</summary>
    public static Task Unknown(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var known = ApiEndpoints.All.Any(endpoint => endpoint.Path == path);
        var message = known
            ? $"{path} takes POST with a JSON object, not {context.Request.Method}."
            : $"no endpoint {path}; the endpoints are {string.Join(", ", ApiEndpoints.All.Select(e => e.Path))}.";
        var answer = new Answer(known ? StatusCodes.Status405MethodNotAllowed : StatusCodes.Status404NotFound,
            ErrorJson.Format(new Diagnostic(DiagnosticCode.Usage, message, SourceSpan.None, "", "request")));
        return Write(context, answer);
    }

    private static async Task Write(HttpContext context, Answer answer)
    {
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(answer.Json + "\n", Encoding.UTF8, context.RequestAborted);
    }

    private static async Task<Answer> Answer(HttpContext context, ApiEndpoint endpoint, PlaygroundOptions options)
    {
        try
        {
            var bytes = await RequestBody.Read(context, options.MaxRequestBytes);
            var fields = RequestFields.Read(bytes, endpoint.Path, endpoint.Fields);
            var json = await WorkThread.Start(() => endpoint.Answer(fields)).WaitAsync(options.Budget, context.RequestAborted);
            return new Answer(StatusCodes.Status200OK, json);
        }
        catch (BodyTooLargeException e)
        {
            return new Answer(StatusCodes.Status413PayloadTooLarge, ErrorJson.Format(e.Diagnostic));
        }
        catch (TimeoutException)
        {
            return Failed(TimeBudget.Exceeded(options.Budget));
        }
        catch (MatrixCalculusException e)
        {
            return Failed(e.Diagnostic);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody reads the answer.
            return new Answer(StatusCodes.Status400BadRequest, "{}");
        }
        catch (Exception e)
        {
            return new Answer(StatusCodes.Status500InternalServerError, ErrorJson.Internal(e));
        }
    }

    // The library names the command line where an error is about the options (the variables,
    // the time budget); here they are fields of the request.
    private static Answer Failed(Diagnostic diagnostic) => new(StatusCodes.Status400BadRequest,
        ErrorJson.Format(diagnostic.SourceName == "command line" ? diagnostic with { SourceName = "request" } : diagnostic));
}
