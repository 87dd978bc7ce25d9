using MatrixCalculus.Syntax;

namespace MatrixCalculus;

/// <summary>
/// The variables to differentiate with respect to, as a user names them: <c>--wrt</c> on the
/// command line, <c>"wrt"</c> in a request to the playground. One name, or several separated by
/// commas (<c>w,b</c>); missing, the one variable of a leading <c>f(x) =</c> head. The messages
/// name the option as the caller spells it.
/// </summary>
public static class WrtNames
{
    /// <summary>The names given (each one symbol even with several letters, <c>bias</c>), for <see cref="Engine.Compile(string, string?, IReadOnlyCollection{string})"/>.</summary>
    public static IEnumerable<string> Given(string? wrt) =>
        (wrt ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The text given, or when there is none the one variable the expression's head names.</summary>
    public static string Resolve(string? wrt, CompiledExpression compiled, string option = "--wrt")
    {
        if (!string.IsNullOrWhiteSpace(wrt)) return wrt;
        var head = compiled.Bound.HeadVariables;
        if (head.Count == 1) return head[0];
        var message = head.Count == 0
            ? $"{option} is required: name the variable, as in {Example(option, "x")}, or begin the expression with a head that names it, as in `f(x) = …`."
            : $"{option} is required: the head names {head.Count} variables ({string.Join(", ", head)}); say which, as in {Example(option, head[0])}.";
        throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.Usage, message, SourceSpan.None, "", "command line"));
    }

    /// <summary>The names, trimmed, in the order given; an empty one (<c>w,,b</c>, a trailing comma) is an error.</summary>
    public static IReadOnlyList<string> Split(string wrt, string option = "--wrt")
    {
        var names = wrt.Split(',').Select(name => name.Trim()).ToList();
        if (names.Count > 1 && names.Any(name => name.Length == 0))
            throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.Usage,
                $"{option} `{wrt}` has an empty name: give the variables separated by single commas, e.g. {Example(option, "w,b")}.",
                SourceSpan.None, "", "command line"));
        // One name keeps its blanks: the engine reports it as written.
        return names.Count == 1 ? [wrt] : names;
    }

    // `--wrt x` on the command line, `"wrt": "x"` in a JSON request.
    private static string Example(string option, string names) =>
        option.StartsWith('-') ? $"{option} {names}" : $"\"{option}\": \"{names}\"";
}
