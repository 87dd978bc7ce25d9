using System.CommandLine;
using MatrixCalculus.Cli.Arguments;

namespace MatrixCalculus.Cli.Commands;

/// <summary><c>matcalc parse EXPR [--let DECLS] [--format text|latex|json]</c>.</summary>
internal static class ParseCommand
{
    public static Command Create(Io io)
    {
        var expression = CommonOptions.Expression();
        var let = CommonOptions.Let();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Latex, OutputFormat.Json);
        var command = new Command("parse", "print the canonical form, the LaTeX and the shape of every symbol")
        {
            expression, let, format,
        };
        command.SetAction(parsed => Pending.NotYet("parse", "the parser, the binder and the printers"));
        return command;
    }
}
