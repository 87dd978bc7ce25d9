using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace MatrixCalculus.Web.Api;

/// <summary>
/// The JSON API, every endpoint a POST of one JSON object:
/// <list type="bullet">
/// <item><c>/api/diff</c>: what <c>matcalc diff --format json</c> prints;</item>
/// <item><c>/api/check</c>: the finite-difference check of <c>matcalc check</c>;</item>
/// <item><c>/api/parse</c>: what <c>matcalc parse --format json</c> prints;</item>
/// <item><c>/api/view</c>: all the page shows at once (the diff and parse objects and the LaTeX of df and the derivative's name);</item>
/// <item><c>/api/codegen</c>: the NumPy, PyTorch or C# file of <c>matcalc codegen</c>.</item>
/// </list>
/// </summary>
internal static class ApiEndpoints
{
    public static IReadOnlyList<ApiEndpoint> All { get; } =
        [DiffAnswer.Endpoint, CheckAnswer.Endpoint, ParseAnswer.Endpoint, ViewAnswer.Endpoint, CodegenAnswer.Endpoint];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        foreach (var endpoint in All)
            endpoints.MapPost(endpoint.Path, context => ApiHandler.Handle(context, endpoint));
        // Any other /api/ path, with any method, is 404 in the API's own terms (not the page's).
        endpoints.Map("/api/{**rest}", ApiHandler.Unknown);
    }
}
