namespace MatrixCalculus.Cli.Tests.Support;

/// <summary>Paths in the repository, found from the test binaries by walking up to the solution file.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MatrixCalculus.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no MatrixCalculus.sln above {AppContext.BaseDirectory}");
    }
}
