using System.CommandLine;
using MatrixCalculus.Cli.Arguments;

namespace MatrixCalculus.Cli.Commands;

/// <summary><c>matcalc eval EXPR --at POINT.json [--let DECLS]</c>.</summary>
internal static class EvalCommand
{
    public static Command Create(Io io)
    {
        var expression = CommonOptions.Expression();
        var let = CommonOptions.Let();
        var at = CommonOptions.At(required: true);
        var command = new Command("eval", "print the value of the expression at a point, as JSON: {\"value\": ...}")
        {
            expression, at, let,
        };
        command.SetAction(parsed => Pending.NotYet("eval", "the parser and the binder"));
        return command;
    }
}
