using MatrixCalculus.Syntax;

namespace MatrixCalculus.Cli;

/// <summary>
/// The EXPR argument: the expression itself, <c>-</c> for standard input, or <c>@FILE</c> for a
/// file (a formula pasted from the notes may be long, or quoted awkwardly for a shell). Trailing
/// blanks and line breaks go; positions in messages are those of the text read.
/// </summary>
internal static class ExpressionText
{
    public static string Read(string argument, Io io)
    {
        if (argument == "-") return io.In.ReadToEnd().TrimEnd();
        if (argument.Length > 1 && argument[0] == '@')
            return InputFile.ReadText(argument[1..], "expression", DiagnosticCode.Usage).TrimEnd();
        return argument;
    }
}
