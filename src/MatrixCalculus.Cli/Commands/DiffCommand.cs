using System.CommandLine;
using MatrixCalculus.Calculus;
using MatrixCalculus.Cli.Arguments;
using MatrixCalculus.Cli.Output;

namespace MatrixCalculus.Cli.Commands;

/// <summary>
/// <c>matcalc diff EXPR --wrt V[,W…] [--order 1|2] [--let DECLS] [--format text|latex|json|markdown]
/// [--steps] [--layout numerator|denominator] [--at POINT.json]</c>.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(Io io)
    {
        var expression = CommonOptions.Expression();
        var wrt = CommonOptions.Wrt(required: false);
        var order = CommonOptions.Order();
        var let = CommonOptions.Let();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Latex, OutputFormat.Json, OutputFormat.Markdown);
        var steps = CommonOptions.Steps();
        var layout = CommonOptions.Layout();
        var at = CommonOptions.At(required: false);
        var command = new Command("diff", "print the differential and the derivative (gradient, Jacobian, Hessian)")
        {
            expression, wrt, order, let, format, steps, layout, at,
        };
        command.SetAction(parsed => Run(io, new Request(
            ExpressionText.Read(parsed.GetRequiredValue(expression), io), parsed.GetValue(wrt), parsed.GetRequiredValue(order).Value,
            parsed.GetValue(let), parsed.GetRequiredValue(format).Value, parsed.GetValue(steps),
            parsed.GetRequiredValue(layout).Value, parsed.GetValue(at))));
        return command;
    }

    private sealed record Request(string Expression, string? Wrt, int Order, string? Let, OutputFormat Format, bool Steps, Layout Layout, string? At);

    private static int Run(Io io, Request request)
    {
        var compiled = Engine.Compile(request.Expression, request.Let, GivenNames.Of(request.Wrt, request.At));
        var names = WrtList.Split(WrtDefault.Resolve(request.Wrt, compiled));
        if (names.Count == 1)
        {
            io.Out.WriteLine(Format(request.Format, Report(compiled, Engine.Differentiate(compiled, names[0], request.Order, request.Layout), request)));
            return ExitCode.Success;
        }
        var all = Engine.Differentiate(compiled, names, request.Order, request.Layout);
        var derivatives = all.Derivatives.Select(d => Report(compiled, d, request)).ToList();
        var mixed = all.Mixed.Select(d => Report(compiled, d, request)).ToList();
        // JSON is one array; the other formats print each derivative in turn, then the mixed blocks.
        io.Out.WriteLine(request.Format == OutputFormat.Json
            ? DiffJson.Format(derivatives, mixed)
            : string.Join("\n\n", derivatives.Concat(mixed).Select(report => Format(request.Format, report))));
        return ExitCode.Success;
    }

    private static DiffReport Report(CompiledExpression compiled, Derivation derivation, Request request)
    {
        var value = request.At is null
            ? null
            : Engine.EvaluateDerivative(compiled, derivation, PointFile.Read(request.At, compiled));
        return new DiffReport(compiled, derivation, request.Steps, value);
    }

    private static string Format(OutputFormat format, DiffReport report) => format switch
    {
        OutputFormat.Latex => DiffLatex.Format(report),
        OutputFormat.Json => DiffJson.Format(report),
        OutputFormat.Markdown => DiffMarkdown.Format(report),
        _ => DiffText.Format(report),
    };
}
