using System.Reflection;
using System.Runtime.Loader;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MatrixCalculus.CodeGen.Tests.Support;

/// <summary>Compiles generated C# in-process with Roslyn against MathNet.Numerics and calls its <c>Evaluate</c>.</summary>
public static class CSharpRunner
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Matrix<double>).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    /// <summary>The class's Evaluate, or the compiler's errors.</summary>
    public static Func<IReadOnlyDictionary<string, Matrix<double>>, (Matrix<double> Value, Matrix<double>[] Derivatives)> Compile(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source);
        var compilation = CSharpCompilation.Create($"Generated{Guid.NewGuid():N}", [tree], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
            throw new InvalidOperationException("the generated C# does not compile:\n" +
                string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) + "\n" + source);
        stream.Position = 0;
        var assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
        var evaluate = assembly.GetType("MatcalcGenerated")!.GetMethod("Evaluate", BindingFlags.Public | BindingFlags.Static)!;
        return point =>
        {
            try
            {
                return ((Matrix<double>, Matrix<double>[]))evaluate.Invoke(null, [point])!;
            }
            catch (TargetInvocationException e) when (e.InnerException is { } inner)
            {
                throw inner;
            }
        };
    }
}
