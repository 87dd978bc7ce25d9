using System.CommandLine;
using MatrixCalculus.Calculus;
using MatrixCalculus.Cli.Arguments;
using MatrixCalculus.CodeGen;

namespace MatrixCalculus.Cli.Commands;

/// <summary>
/// <c>matcalc codegen EXPR --wrt V [--order 1|2] [--let DECLS] --lang numpy|pytorch|csharp</c>:
/// prints a self-contained source file computing f and its derivatives (cli-contract.md, "Code generation").
/// </summary>
internal static class CodegenCommand
{
    public static Command Create(Io io)
    {
        var expression = CommonOptions.Expression();
        var wrt = CommonOptions.Wrt(required: false);
        wrt.Description = "the variable(s) to differentiate with respect to, comma-separated (w,b)";
        var order = CommonOptions.Order();
        var let = CommonOptions.Let();
        var language = Choices.Option("--lang", "the language of the generated file (numpy: NumPy; pytorch: PyTorch; csharp: C# over MathNet.Numerics)",
            new Choice<Language>("numpy", Language.NumPy), new Choice<Language>("pytorch", Language.PyTorch), new Choice<Language>("csharp", Language.CSharp));
        var command = new Command("codegen", "print NumPy, PyTorch or C# code computing f and its derivative, with a self-check")
        {
            expression, wrt, order, let, language,
        };
        command.SetAction(parsed => Run(io,
            ExpressionText.Read(parsed.GetRequiredValue(expression), io), parsed.GetValue(wrt), parsed.GetRequiredValue(order).Value,
            parsed.GetValue(let), parsed.GetRequiredValue(language).Value));
        return command;
    }

    // The expression is read as diff reads it (EXPR, - or @FILE; --wrt from an f(x) = head when omitted).
    private static int Run(Io io, string expression, string? wrt, int order, string? let, Language language)
    {
        var compiled = Engine.Compile(expression, let, GivenNames.Of(wrt, null));
        var names = WrtList.Split(WrtDefault.Resolve(wrt, compiled));
        IReadOnlyList<Derivation> derivations = names.Count == 1
            ? [Engine.Differentiate(compiled, names[0], order, Layout.Numerator)]
            : Engine.Differentiate(compiled, names, order, Layout.Numerator) is var all ? [.. all.Derivatives, .. all.Mixed] : [];
        io.Out.Write(CodeGenerator.Generate(compiled, derivations, language));
        return ExitCode.Success;
    }
}
