using System.CommandLine;
using MatrixCalculus.Calculus;
using MatrixCalculus.Cli.Arguments;
using MatrixCalculus.Cli.Output;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli.Commands;

/// <summary>
/// <c>matcalc diff EXPR --wrt V[,W…] [--order 1|2] [--let DECLS] [--format text|latex|json|markdown]
/// [--steps] [--layout numerator|denominator] [--at POINT.json [--along V.json]]</c>.
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
        var along = CommonOptions.Along();
        var command = new Command("diff", "print the differential and the derivative (gradient, Jacobian, Hessian)")
        {
            expression, wrt, order, let, format, steps, layout, at, along,
        };
        command.SetAction(parsed => Run(io, new Request(
            ExpressionText.Read(parsed.GetRequiredValue(expression), io), parsed.GetValue(wrt), parsed.GetRequiredValue(order).Value,
            parsed.GetValue(let), parsed.GetRequiredValue(format).Value, parsed.GetValue(steps),
            parsed.GetRequiredValue(layout).Value, parsed.GetValue(at), parsed.GetValue(along))));
        return command;
    }

    private sealed record Request(string Expression, string? Wrt, int Order, string? Let, OutputFormat Format, bool Steps, Layout Layout, string? At, string? Along);

    private static int Run(Io io, Request request)
    {
        if (request.Along is not null && request.At is null)
            throw new MatrixCalculusException(Failures.Usage("--along needs --at: H v is computed at a point."));
        if (request.Along is not null && request.Order != 2)
            throw new MatrixCalculusException(Failures.Usage("--along needs --order 2: H v is a product with the Hessian."));
        var compiled = Engine.Compile(request.Expression, request.Let, GivenNames.Of(request.Wrt, request.At));
        var names = WrtList.Split(WrtDefault.Resolve(request.Wrt, compiled));
        if (names.Count == 1)
        {
            io.Out.WriteLine(Format(request.Format, Report(compiled, Engine.Differentiate(compiled, names[0], request.Order, request.Layout), request)));
            return ExitCode.Success;
        }
        if (request.Along is not null)
            throw new MatrixCalculusException(Failures.Usage("--along needs one variable in --wrt: v is a direction of that variable."));
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
        var point = request.At is null ? null : PointFile.Read(request.At, compiled);
        var value = point is null ? null : Engine.EvaluateDerivative(compiled, derivation, point);
        var hvp = request.Along is null || point is null
            ? null
            : Engine.HessianVectorProduct(compiled, derivation, point, DirectionFile.Read(request.Along, derivation, point));
        return new DiffReport(compiled, derivation, request.Steps, value, hvp);
    }

    private static string Format(OutputFormat format, DiffReport report) => format switch
    {
        OutputFormat.Latex => DiffLatex.Format(report),
        OutputFormat.Json => DiffJson.Format(report),
        OutputFormat.Markdown => DiffMarkdown.Format(report),
        _ => DiffText.Format(report),
    };
}
