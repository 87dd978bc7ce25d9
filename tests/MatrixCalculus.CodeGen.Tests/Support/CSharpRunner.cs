using System.Reflection;
using System.Runtime.Loader;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MatrixCalculus.CodeGen.Tests.Support;

/// <summary>
/// Compiles generated C# files in-process with Roslyn against MathNet.Numerics, all in one
/// compilation (each class renamed apart), and returns each file's <c>Evaluate</c> or its errors.
/// </summary>
public static class CSharpRunner
{
    public delegate (Matrix<double> Value, Matrix<double>[] Derivatives) Evaluate(IReadOnlyDictionary<string, Matrix<double>> point);

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Matrix<double>).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    public static IReadOnlyList<(Evaluate? Evaluate, string? Errors)> Compile(IReadOnlyList<string> sources)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(
            source.Replace("public static class MatcalcGenerated", $"public static class MatcalcGenerated{i}"), path: $"file{i}.cs")).ToList();
        var compilation = CSharpCompilation.Create($"Generated{Guid.NewGuid():N}", trees, References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            // Compile the files that have no errors alone, so one bad file fails only its case.
            var bad = errors.Select(e => e.Location.SourceTree).ToHashSet();
            var good = Enumerable.Range(0, sources.Count).Where(i => !bad.Contains(trees[i])).ToList();
            var goodResults = good.Count == 0 ? [] : Compile(good.Select(i => sources[i]).ToList());
            var results = new (Evaluate?, string?)[sources.Count];
            for (int i = 0; i < sources.Count; i++)
                if (bad.Contains(trees[i]))
                    results[i] = (null, "the generated C# does not compile:\n" + string.Join("\n", errors.Where(e => e.Location.SourceTree == trees[i])) + "\n" + sources[i]);
            for (int k = 0; k < good.Count; k++) results[good[k]] = goodResults[k];
            return results;
        }
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        if (!emitted.Success) throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
        return Enumerable.Range(0, sources.Count).Select(i =>
        {
            var method = assembly.GetType($"MatcalcGenerated{i}")!.GetMethod("Evaluate", BindingFlags.Public | BindingFlags.Static)!;
            Evaluate evaluate = point =>
            {
                try
                {
                    return ((Matrix<double>, Matrix<double>[]))method.Invoke(null, [point])!;
                }
                catch (TargetInvocationException e) when (e.InnerException is { } inner)
                {
                    throw inner;
                }
            };
            return ((Evaluate?)evaluate, (string?)null);
        }).ToList();
    }
}
