using MatrixCalculus.CodeGen;
using MatrixCalculus.Reports;

namespace MatrixCalculus.Web.Api;

/// <summary>
/// <c>POST /api/codegen</c> {"expression", "wrt", "order", "let", "language"}: the file
/// <c>matcalc codegen --lang numpy|pytorch|csharp</c> prints, as
/// <c>{"language", "filename", "code"}</c> (the file name a download is saved under).
/// </summary>
internal static class CodegenAnswer
{
    public const string LanguageField = "language";

    public static ApiEndpoint Endpoint { get; } = new("/api/codegen",
    [
        (CommonFields.Expression, FieldKind.Text), (CommonFields.Wrt, FieldKind.Text), (CommonFields.Order, FieldKind.Integer),
        (CommonFields.Let, FieldKind.Text), (LanguageField, FieldKind.Text),
    ], Answer);

    // The words of --lang, and the file each is saved as (MatcalcGenerated is the C# class's name).
    private static readonly (string Word, Language Language, string FileName)[] Languages =
    [
        ("numpy", Language.NumPy, "matcalc_numpy.py"),
        ("pytorch", Language.PyTorch, "matcalc_pytorch.py"),
        ("csharp", Language.CSharp, "MatcalcGenerated.cs"),
    ];

    private static string Answer(RequestFields fields)
    {
        var word = fields.Text(LanguageField) ?? "numpy";
        var (_, language, fileName) = Languages.FirstOrDefault(l => l.Word == word);
        if (fileName is null)
            throw fields.Invalid(LanguageField, $"`language` must be one of {string.Join(", ", Languages.Select(l => l.Word))}, not `{word}`.");
        var compiled = CommonFields.Compile(fields);
        var (derivatives, mixed) = CommonFields.Differentiate(fields, compiled);
        var code = CodeGenerator.Generate(compiled, [.. derivatives, .. mixed], language);
        return Json.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString(LanguageField, word);
            writer.WriteString("filename", fileName);
            writer.WriteString("code", code);
            writer.WriteEndObject();
        });
    }
}
