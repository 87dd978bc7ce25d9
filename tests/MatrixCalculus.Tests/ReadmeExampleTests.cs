using MatrixCalculus.Printing;

namespace MatrixCalculus.Tests;

/// <summary>The library example of README.md, line for line, so the front page cannot rot.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void TheReadmeLibraryExamplePrintsWhatTheReadmeSays()
    {
        var f = Engine.Compile("(1/N)||Xw - y||^2");
        var gradient = Engine.Differentiate(f, "w");
        Assert.Equal("2<Xw - y, X dw>/N", TextPrinter.Print(gradient.Differential));
        Assert.Equal("(2/N)X'(Xw - y)", TextPrinter.Print(gradient.Result));
        Assert.Equal(@"\frac{2}{N}X^\top(Xw - y)", LatexPrinter.Print(gradient.Result));
        Assert.True(Engine.Check(f, gradient, seed: 1).Passed);
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        Assert.Contains("// 2<Xw - y, X dw>/N", readme);
        Assert.Contains(@"// \frac{2}{N}X^\top(Xw - y)", readme);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MatrixCalculus.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("MatrixCalculus.sln not found above the test folder.");
    }
}
