namespace MatrixCalculus.CodeGen;

internal static class CSharpFile
{
    public static string Write(Plan plan) => throw new InvalidOperationException("C# generation is not written yet.");
}
