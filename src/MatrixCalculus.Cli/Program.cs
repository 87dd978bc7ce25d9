using System.Text;
using MatrixCalculus.Cli;

// σ, ∇, ⟨ ⟩ and × appear in the output: write UTF-8 whatever the console default is.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return Cli.Run(args, Console.Out, Console.Error);

/// <summary>The entry point; public so that the web tests' WebApplicationFactory can name the program it hosts.</summary>
public partial class Program;
