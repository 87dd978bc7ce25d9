using BenchmarkDotNet.Attributes;
using MatrixCalculus;
using MatrixCalculus.Printing;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Bench.Symbolic;

/// <summary>
/// The symbolic work of <c>matcalc table</c> on each examples/*.mc file: parse, bind, differentiate
/// and simplify every row (and its Hessian where the file asks for second derivatives), then print
/// the result as text and LaTeX.
/// </summary>
public class ExampleTables
{
    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    public static IEnumerable<string> Files => Directory.GetFiles(ExamplesDirectory(), "*.mc").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private List<(string Expression, string Wrt, string? Let)> rows = [];

    [GlobalSetup]
    public void Setup() => rows = Rows(Path.Combine(ExamplesDirectory(), File)).ToList();

    [Benchmark]
    public int DeriveSimplifyPrint()
    {
        int characters = 0;
        foreach (var (expression, wrt, let) in rows)
        {
            var compiled = Engine.Compile(expression, let);
            for (int order = 1; order <= (compiled.Expression.Shape.IsScalar ? 2 : 1); order++)
            {
                MatrixCalculus.Calculus.Derivation d;
                try { d = Engine.Differentiate(compiled, wrt, order); }
                catch (MatrixCalculusException) { continue; } // a derivative the table marks as not existing
                characters += TextPrinter.Print(d.Result).Length + LatexPrinter.Print(d.Result).Length;
            }
        }
        return characters;
    }

    // EXPR | wrt | declarations   # comment; headings (#) and blank lines skipped.
    private static IEnumerable<(string, string, string?)> Rows(string path)
    {
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int comment = line.IndexOf("  #", StringComparison.Ordinal);
            if (comment >= 0) line = line[..comment];
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 2) continue;
            yield return (cells[0], cells[1], cells.Length > 2 && cells[2].Length > 0 ? cells[2] : null);
        }
    }

    // The repository's examples/, found upward from the working directory (BenchmarkDotNet runs
    // each benchmark in a child process under bin/).
    private static string ExamplesDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "examples")) && System.IO.File.Exists(Path.Combine(dir.FullName, "MatrixCalculus.sln")))
                return Path.Combine(dir.FullName, "examples");
        throw new DirectoryNotFoundException("examples/ not found above the working directory; run from the repository.");
    }
}
