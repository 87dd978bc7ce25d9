namespace MatrixCalculus.Cli.Tests.Support;

/// <summary>A file with the given text in the temp folder, deleted on dispose.</summary>
public sealed class TempFile : IDisposable
{
    public TempFile(string text, string extension = ".json")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"matcalc-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, text);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
