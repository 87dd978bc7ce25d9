using System.CommandLine;
using MatrixCalculus.Cli.Arguments;

namespace MatrixCalculus.Cli.Commands;

/// <summary><c>matcalc check EXPR --wrt V [--order 1|2] [--let DECLS] [--at POINT.json | --seed N]</c>.</summary>
internal static class CheckCommand
{
    public static Command Create(Io io)
    {
        var expression = CommonOptions.Expression();
        var wrt = CommonOptions.Wrt();
        var order = CommonOptions.Order();
        var let = CommonOptions.Let();
        var at = CommonOptions.At(required: false);
        var seed = CommonOptions.Seed();
        var command = new Command("check", "compare the symbolic derivative with central finite differences (exit 0 pass, 1 fail)")
        {
            expression, wrt, order, let, at, seed,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(at) is not null && result.GetResult(seed) is not null)
                result.AddError("give either --at or --seed, not both.");
        });
        command.SetAction(parsed => Pending.NotYet("check", "differentiation and the checker"));
        return command;
    }
}
