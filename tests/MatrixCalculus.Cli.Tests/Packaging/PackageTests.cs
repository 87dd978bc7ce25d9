using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace MatrixCalculus.Cli.Tests.Packaging;

/// <summary>
/// Packs the library (MatrixCalculus) and the tool (matcalc) from the build the tests run on, then
/// installs the tool from that folder into a temporary tool path and runs it, as
/// <c>dotnet tool install matcalc --add-source FOLDER</c> does for a user. Offline: the NuGet
/// configuration names only the folder, and the packages land in a temporary packages folder.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string Configuration =
        typeof(PackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
    private static readonly string Version =
        XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("Version").Single().Value;

    private readonly string work = Directory.CreateTempSubdirectory("matcalc-pack-").FullName;
    private string Feed => Path.Combine(work, "feed");

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void TheToolInstallsByItsIdFromAFolderAndRuns()
    {
        Pack("src/MatrixCalculus.Cli");
        var config = Path.Combine(work, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(work, "tools");
        Dotnet("tool", "install", "matcalc", "--version", Version, "--tool-path", tools, "--configfile", config);

        var (exit, stdout, stderr) = Run(Path.Combine(tools, "matcalc"), "diff", "x'Ax", "--wrt", "x");
        Assert.True(exit == 0, stderr);
        Assert.Equal("f = x'Ax\ndf = dx'Ax + x'A dx\n∇_x f = (A + A')x\n", stdout.ReplaceLineEndings("\n"));

        var nuspec = Nuspec($"matcalc.{Version}.nupkg", out var files);
        Assert.Equal("DotnetTool", Metadata(nuspec, "packageTypes").Elements().Single().Attribute("name")!.Value);
        Assert.Contains("README.md", files);
    }

    [Fact]
    public void TheLibraryPackageCarriesItsDescriptionLicenceReadmeAndDocumentation()
    {
        Pack("src/MatrixCalculus");
        var nuspec = Nuspec($"MatrixCalculus.{Version}.nupkg", out var files);
        Assert.Equal("MatrixCalculus", Metadata(nuspec, "id").Value);
        Assert.Equal(Version, Metadata(nuspec, "version").Value);
        Assert.Equal("MIT", Metadata(nuspec, "license").Value);
        Assert.Equal("expression", Metadata(nuspec, "license").Attribute("type")!.Value);
        Assert.StartsWith("Symbolic matrix calculus:", Metadata(nuspec, "description").Value);
        Assert.Equal("README.md", Metadata(nuspec, "readme").Value);
        Assert.Equal(["MathNet.Numerics", "Superpower"],
            Metadata(nuspec, "dependencies").Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).Order());
        Assert.Contains("lib/net10.0/MatrixCalculus.dll", files);
        Assert.Contains("lib/net10.0/MatrixCalculus.xml", files);

        // The documentation file documents the façade, e.g. Engine.Compile.
        using var package = ZipFile.OpenRead(Path.Combine(Feed, $"MatrixCalculus.{Version}.nupkg"));
        using var xml = package.GetEntry("lib/net10.0/MatrixCalculus.xml")!.Open();
        var compile = XDocument.Load(xml).Descendants("member")
            .Single(m => m.Attribute("name")!.Value == "M:MatrixCalculus.Engine.Compile(System.String,System.String)");
        Assert.StartsWith("Parses and binds", compile.Element("summary")!.Value.Trim());
    }

    private void Pack(string project) =>
        Dotnet("pack", Path.Combine(Root, project), "-c", Configuration, "--no-build", "-o", Feed, "-nodeReuse:false");

    private XElement Nuspec(string package, out List<string> files)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Feed, package));
        files = zip.Entries.Select(e => e.FullName).ToList();
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Root!;
    }

    private static XElement Metadata(XElement nuspec, string name) =>
        nuspec.Elements().Single(e => e.Name.LocalName == "metadata").Elements().Single(e => e.Name.LocalName == name);

    private void Dotnet(params string[] args)
    {
        var (exit, stdout, stderr) = Run("dotnet", args);
        Assert.True(exit == 0, $"dotnet {string.Join(' ', args)} exited with {exit}:\n{stdout}\n{stderr}");
    }

    private (int Exit, string Out, string Error) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = work,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NUGET_PACKAGES"] = Path.Combine(work, "packages"); // nothing cached from or for other runs
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1"; // no build server left running after the test
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish within 2 minutes.");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "MatrixCalculus.sln"))) return directory.FullName;
        throw new InvalidOperationException($"no MatrixCalculus.sln above {AppContext.BaseDirectory}.");
    }
}
