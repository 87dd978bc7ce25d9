namespace MatrixCalculus.Cli.Arguments;

/// <summary>
/// <c>--wrt</c> when it is missing: the one variable of a leading <c>f(x) =</c> head (the library's
/// <see cref="WrtNames.Resolve"/>, shared with the playground).
/// </summary>
internal static class WrtDefault
{
    public static string Resolve(string? wrt, CompiledExpression compiled) => WrtNames.Resolve(wrt, compiled);
}
