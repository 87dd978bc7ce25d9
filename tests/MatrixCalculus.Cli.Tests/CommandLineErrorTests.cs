using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests;

/// <summary>Every command-line mistake ends in one clear message on stderr and exit 2, nothing on stdout.</summary>
public class CommandLineErrorTests
{
    [Theory]
    [InlineData(new string[0], "error MC5001: no command given; the commands are parse, eval, diff, check, table, serve.\nrun `matcalc --help` for usage.\n")]
    [InlineData(new[] { "frobnicate", "x" }, "error MC5001: unknown command `frobnicate`; the commands are parse, eval, diff, check, table, serve.\nrun `matcalc --help` for usage.\n")]
    [InlineData(new[] { "--frob" }, "error MC5001: unknown option `--frob`; the commands are parse, eval, diff, check, table, serve.\nrun `matcalc --help` for usage.\n")]
    [InlineData(new[] { "diff", "x'Ax", "--wrt", "x", "--order", "3" }, "error MC5001: --order must be 1 or 2, not `3`.\nrun `matcalc diff --help` for usage.\n")]
    [InlineData(new[] { "diff", "x'Ax", "--wrt", "x", "--format", "foo" }, "error MC5001: --format must be one of text, latex, json, markdown, not `foo`.\nrun `matcalc diff --help` for usage.\n")]
    [InlineData(new[] { "parse", "x'Ax", "--format", "markdown" }, "error MC5001: --format must be one of text, latex, json, not `markdown`.\nrun `matcalc parse --help` for usage.\n")]
    [InlineData(new[] { "diff", "x'Ax", "--wrt", "x", "--layout", "column" }, "error MC5001: --layout must be numerator or denominator, not `column`.\nrun `matcalc diff --help` for usage.\n")]
    [InlineData(new[] { "diff", "x'Ax" }, "error MC5001: --wrt is required: name the variable, as in --wrt x, or begin the expression with a head that names it, as in `f(x) = …`.\n")]
    [InlineData(new[] { "diff", "f(x, y) = x'y" }, "error MC5001: --wrt is required: the head names 2 variables (x, y); say which, as in --wrt x.\n")]
    [InlineData(new[] { "diff", "x'Ax", "--wrt" }, "error MC5001: Required argument missing for option: '--wrt'.\nrun `matcalc diff --help` for usage.\n")]
    [InlineData(new[] { "eval", "x'Ax" }, "error MC5001: Option '--at' is required.\nrun `matcalc eval --help` for usage.\n")]
    [InlineData(new[] { "parse" }, "error MC5001: Required argument missing for command: 'parse'.\nrun `matcalc parse --help` for usage.\n")]
    [InlineData(new[] { "parse", "x", "y" }, "error MC5001: Unrecognized command or argument 'y'.\nrun `matcalc parse --help` for usage.\n")]
    [InlineData(new[] { "check", "x'Ax", "--wrt", "x", "--at", "p.json", "--seed", "3" }, "error MC5001: give either --at or --seed, not both.\nrun `matcalc check --help` for usage.\n")]
    [InlineData(new[] { "check", "x'Ax", "--wrt", "x", "--seed", "many" }, "error MC5001: --seed must be a whole number, not `many`.\nrun `matcalc check --help` for usage.\n")]
    public void CommandLineMistakesAreReportedWithExitCode2(string[] args, string expectedError)
    {
        var run = Matcalc.Run(args);
        Assert.Equal("", run.Out);
        Assert.Equal(expectedError, run.Error);
        Assert.Equal(2, run.Exit);
    }

    [Fact]
    public void HelpGoesToStdoutWithExitCode0()
    {
        var run = Matcalc.Run("diff", "--help");
        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Error);
        Assert.Contains("--format <text|latex|json|markdown>", run.Out);
        Assert.Contains("[default: text]", run.Out);
    }
}
