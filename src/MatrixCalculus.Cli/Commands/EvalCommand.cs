using System.CommandLine;
using MatrixCalculus.Cli.Arguments;
using MatrixCalculus.Cli.Output;

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
        command.SetAction(parsed => Run(io,
            ExpressionText.Read(parsed.GetRequiredValue(expression), io), parsed.GetValue(let), parsed.GetRequiredValue(at)!));
        return command;
    }

    private static int Run(Io io, string expression, string? let, string pointPath)
    {
        var compiled = Engine.Compile(expression, let, GivenNames.Of(null, pointPath));
        var point = PointFile.Read(pointPath, compiled);
        var value = Engine.Evaluate(compiled, point);
        io.Out.WriteLine(Json.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("value");
            Json.Value(writer, value, ValueLayouts.Of(compiled.Expression.Shape));
            writer.WriteEndObject();
        }));
        return ExitCode.Success;
    }
}
