using System.CommandLine;
using MatrixCalculus.Calculus;
using MatrixCalculus.Cli.Arguments;
using MatrixCalculus.Cli.Output;

namespace MatrixCalculus.Cli.Commands;

/// <summary><c>matcalc check EXPR --wrt V[,W…] [--order 1|2] [--let DECLS] [--at POINT.json | --seed N]</c>.</summary>
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
        var names = WrtList.Split(WrtDefault.Resolve(wrt, compiled));
        var derivations = names.Count == 1
            ? [Engine.Differentiate(compiled, names[0], order, Layout.Numerator)]
            : Engine.Differentiate(compiled, names, order, Layout.Numerator) is var all ? [.. all.Derivatives, .. all.Mixed] : new List<Derivation>();
        var point = at is null ? null : PointFile.Read(at, compiled);
        var where = at is null ? $"a random point (seed {seed})" : $"the point in {at}";
        // Several variables: one report per derivative and mixed block; it passes when all do.
        var reports = derivations.Select(d => (Derivation: d, Report: Engine.Check(compiled, d, point, seed))).ToList();
        io.Out.WriteLine(string.Join("\n", reports.Select(r => CheckText.Format(r.Report, r.Derivation, where))));
        return reports.All(r => r.Report.Passed) ? ExitCode.Success : ExitCode.CheckFailed;
    }
}
