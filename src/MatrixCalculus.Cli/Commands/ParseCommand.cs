using System.CommandLine;
using MatrixCalculus.Cli.Arguments;
using MatrixCalculus.Cli.Output;

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
        command.SetAction(parsed => Run(io,
            ExpressionText.Read(parsed.GetRequiredValue(expression), io), parsed.GetValue(let), parsed.GetRequiredValue(format).Value));
        return command;
    }

    private static int Run(Io io, string expression, string? let, OutputFormat format)
    {
        var compiled = Engine.Compile(expression, let);
        io.Out.WriteLine(ParseOutput.Format(compiled, format));
        return ExitCode.Success;
    }
}
