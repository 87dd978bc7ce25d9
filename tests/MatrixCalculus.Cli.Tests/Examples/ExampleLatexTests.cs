using System.Text.RegularExpressions;
using MatrixCalculus.Cli.Tests.Support;
using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Examples;

/// <summary>
/// <c>matcalc table --format latex</c> of every example: each display block renders in KaTeX
/// (strict mode, ASCII only, as pdflatex needs), and no line of a block is wider than a page
/// holds (the rows are broken, not one wide array).
/// </summary>
public partial class ExampleLatexTests
{
    /// <summary>Visible characters a line may hold: the printer breaks at 44; an article page holds about 55 beside the indentation.</summary>
    private const int PageWidth = 55;

    [GeneratedRegex(@"\\begin\{align\*\}.*?\\end\{align\*\}", RegexOptions.Singleline)]
    private static partial Regex DisplayBlock();

    private static IEnumerable<(string Name, string Latex)> Tables() =>
        Directory.GetFiles(Repository.Examples, "*.mc").Order(StringComparer.Ordinal).Select(path =>
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var run = Matcalc.Run(["table", path, "--format", "latex", .. name == "hessians" ? new[] { "--hessian" } : []]);
            Assert.True(run.Exit == 0, $"{name}: exit {run.Exit}: {run.Error}");
            return (name, run.Out);
        });

    [Fact]
    public void EveryExampleTableRendersInKatexStrict()
    {
        var blocks = Tables().SelectMany(t => DisplayBlock().Matches(t.Latex).Select(m => (t.Name, Block: m.Value))).ToList();
        Assert.NotEmpty(blocks);
        var verdicts = Katex.Render(blocks.Select(b => b.Block).ToList());
        var failures = blocks.Zip(verdicts).Where(p => !p.Second.Ok).Select(p => $"{p.First.Name}: {p.Second.Error}").ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void NoLineOfAnExampleTableRunsOffThePage()
    {
        foreach (var (name, latex) in Tables())
            foreach (var line in latex.Split('\n').Where(l => l.StartsWith('&')))
            {
                // the line break \\ (and its extra space [1ex]) ends a line and takes no room
                var visible = Printing.LatexLines.Visible(Regex.Replace(line, @"\\\\(\[[^\]]*\])?$", ""));
                Assert.True(visible <= PageWidth, $"{name}: {visible} characters: {line}");
            }
    }
}
