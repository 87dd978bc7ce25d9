using System.Globalization;
using System.CommandLine;
using MatrixCalculus.Calculus;

namespace MatrixCalculus.Cli.Arguments;

/// <summary>The arguments and options the commands share, built fresh for each command.</summary>
internal static class CommonOptions
{
    public static Argument<string> Expression() => new("EXPR")
    {
        Description = "the expression, e.g. \"x'Ax\", \"log det X\" or LaTeX \"x^\\top A x\" (quote it for the shell; put `--` before one that starts with -); - reads it from standard input, @FILE from a file",
    };

    public static Option<string?> Let() => new("--let")
    {
        Description = "declarations, e.g. \"A: n x n symmetric; x: n; c: scalar\"",
        HelpName = "DECLS",
    };

    public static Option<string?> At(bool required) => new("--at")
    {
        Description = "a JSON file of values: {\"A\": [[1,2],[3,4]], \"x\": [1,2], \"c\": 0.5}",
        HelpName = "POINT.json",
        Required = required,
    };

    public static Option<string?> Along() => new("--along")
    {
        Description = "with --order 2 and --at: a JSON file with v ([1, 2] or {\"x\": [1, 2]}); also print hvp, the Hessian times v, computed without forming the Hessian",
        HelpName = "V.json",
    };

    /// <param name="required">False where a head <c>f(x) =</c> may name the variable instead (<see cref="WrtDefault"/>).</param>
    public static Option<string> Wrt(bool required = true)
    {
        var wrt = new Option<string>("--wrt")
        {
            Description = required
                ? "the variable to differentiate with respect to; several, comma-separated (w,b), give each derivative and at order 2 the mixed blocks"
                : "the variable to differentiate with respect to (default: the one variable of a head `f(x) =`); several, comma-separated (w,b), give each derivative and at order 2 the mixed blocks",
            HelpName = "V",
            Required = required,
        };
        wrt.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
                result.AddError("--wrt needs the name of a variable of the expression.");
        });
        return wrt;
    }

    public static Option<Choice<int>> Order() =>
        Choices.Option("--order", "1 for the first derivative, 2 for the second (Hessian)", new Choice<int>("1", 1), new Choice<int>("2", 2));

    /// <summary>The first format is the default.</summary>
    public static Option<Choice<OutputFormat>> Format(params OutputFormat[] formats) =>
        Choices.Option("--format", "output format",
            formats.Select(f => new Choice<OutputFormat>(f.ToString().ToLowerInvariant(), f)).ToArray());

    public static Option<bool> Steps() => new("--steps")
    {
        Description = "also print the derivation, one named rule per step",
    };

    public static Option<Choice<Layout>> Layout() =>
        Choices.Option("--layout", "Jacobian layout: numerator (m x n, J_ij = df_i/dx_j) or denominator (its transpose)",
            new Choice<Layout>("numerator", Calculus.Layout.Numerator), new Choice<Layout>("denominator", Calculus.Layout.Denominator));

    public static Option<int?> Seed() => new("--seed")
    {
        Description = "seed of the random point [default: 1]",
        HelpName = "N",
        // The default parser would name the .NET type in its message ("System.Nullable`1[...]").
        CustomParser = result =>
        {
            var word = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
            if (int.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed)) return seed;
            result.AddError($"--seed must be a whole number, not `{word}`.");
            return null;
        },
    };
}
