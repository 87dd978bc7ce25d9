using System.CommandLine;
using MatrixCalculus.Calculus;
using MatrixCalculus.Cli.Arguments;
using MatrixCalculus.Cli.Output;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli.Commands;

/// <summary>
/// <c>matcalc diff EXPR --wrt V [--order 1|2] [--let DECLS] [--format text|latex|json|markdown]
/// [--steps] [--layout numerator|denominator] [--at POINT.json [--along V.json]]</c>.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(Io io)
    {
        var expression = CommonOptions.Expression();
        var wrt = CommonOptions.Wrt();
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
            parsed.GetRequiredValue(expression), parsed.GetRequiredValue(wrt), parsed.GetRequiredValue(order).Value,
            parsed.GetValue(let), parsed.GetRequiredValue(format).Value, parsed.GetValue(steps),
            parsed.GetRequiredValue(layout).Value, parsed.GetValue(at), parsed.GetValue(along))));
        return command;
    }

    private sealed record Request(string Expression, string Wrt, int Order, string? Let, OutputFormat Format, bool Steps, Layout Layout, string? At, string? Along);

    private static int Run(Io io, Request request)
    {
        if (request.Along is not null && request.At is null)
            throw new MatrixCalculusException(Failures.Usage("--along needs --at: H v is computed at a point."));
        if (request.Along is not null && request.Order != 2)
            throw new MatrixCalculusException(Failures.Usage("--along needs --order 2: H v is a product with the Hessian."));
        var compiled = Engine.Compile(request.Expression, request.Let);
        var derivation = Engine.Differentiate(compiled, request.Wrt, request.Order, request.Layout);
        var point = request.At is null ? null : PointFile.Read(request.At, compiled);
        var value = point is null ? null : Engine.EvaluateDerivative(compiled, derivation, point);
        var hvp = request.Along is null || point is null
            ? null
            : Engine.HessianVectorProduct(compiled, derivation, point, DirectionFile.Read(request.Along, derivation, point));
        var report = new DiffReport(compiled, derivation, request.Steps, value, hvp);
        io.Out.WriteLine(request.Format switch
        {
            OutputFormat.Latex => DiffLatex.Format(report),
            OutputFormat.Json => DiffJson.Format(report),
            OutputFormat.Markdown => DiffMarkdown.Format(report),
            _ => DiffText.Format(report),
        });
        return ExitCode.Success;
    }
}
