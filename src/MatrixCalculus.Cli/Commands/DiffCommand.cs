using System.CommandLine;
using MatrixCalculus.Cli.Arguments;

namespace MatrixCalculus.Cli.Commands;

/// <summary>
/// <c>matcalc diff EXPR --wrt V [--order 1|2] [--let DECLS] [--format text|latex|json|markdown]
/// [--steps] [--layout numerator|denominator] [--at POINT.json]</c>.
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
        var command = new Command("diff", "print the differential and the derivative (gradient, Jacobian, Hessian)")
        {
            expression, wrt, order, let, format, steps, layout, at,
        };
        command.SetAction(parsed => Pending.NotYet("diff", "differentiation"));
        return command;
    }
}
