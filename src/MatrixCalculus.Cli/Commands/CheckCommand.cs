using System.CommandLine;
using MatrixCalculus.Calculus;
using MatrixCalculus.Cli.Arguments;
using MatrixCalculus.Cli.Output;

namespace MatrixCalculus.Cli.Commands;

/// <summary><c>matcalc check EXPR --wrt V [--order 1|2] [--let DECLS] [--at POINT.json | --seed N]</c>.</summary>
internal static class CheckCommand
{
    /// <summary>The seed of the random point when neither --at nor --seed is given.</summary>
    public const int DefaultSeed = 1;

    public static Command Create(Io io)
    {
        var expression = CommonOptions.Expression();
        var wrt = CommonOptions.Wrt(required: false);
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
        command.SetAction(parsed => Run(io,
            ExpressionText.Read(parsed.GetRequiredValue(expression), io), parsed.GetValue(wrt), parsed.GetRequiredValue(order).Value,
            parsed.GetValue(let), parsed.GetValue(at), parsed.GetValue(seed) ?? DefaultSeed));
        return command;
    }

    private static int Run(Io io, string expression, string? wrt, int order, string? let, string? at, int seed)
    {
        var compiled = Engine.Compile(expression, let, GivenNames.Of(wrt, at));
        var derivation = Engine.Differentiate(compiled, WrtDefault.Resolve(wrt, compiled), order, Layout.Numerator);
        var point = at is null ? null : PointFile.Read(at, compiled);
        var report = Engine.Check(compiled, derivation, point, seed);
        var where = at is null ? $"a random point (seed {seed})" : $"the point in {at}";
        io.Out.WriteLine(CheckText.Format(report, derivation, where));
        return report.Passed ? ExitCode.Success : ExitCode.CheckFailed;
    }
}
