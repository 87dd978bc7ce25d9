using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli.Arguments;

/// <summary>
/// <c>--wrt</c> when it is missing: the one variable of a leading <c>f(x) =</c> head. Kept apart
/// from the option itself, so that a change to what <c>--wrt</c> accepts leaves this alone.
/// </summary>
internal static class WrtDefault
{
    public static string Resolve(string? wrt, CompiledExpression compiled)
    {
        if (!string.IsNullOrWhiteSpace(wrt)) return wrt;
        var head = compiled.Bound.HeadVariables;
        if (head.Count == 1) return head[0];
        var message = head.Count == 0
            ? "--wrt is required: name the variable, as in --wrt x, or begin the expression with a head that names it, as in `f(x) = …`."
            : $"--wrt is required: the head names {head.Count} variables ({string.Join(", ", head)}); say which, as in --wrt {head[0]}.";
        throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.Usage, message, SourceSpan.None, ""));
    }
}
