using System.Globalization;
using System.Text;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// Names in generated code. User symbols keep their own names where the language allows them
/// (so the function reads <c>f_and_grad(A, x)</c>); every name the generator invents starts with
/// an underscore, which no symbol of the expression language can, so internal names never clash
/// with the user's (<c>t</c>, <c>h</c>, <c>np</c>, <c>torch</c>, <c>T_1</c> are all free for symbols).
/// </summary>
internal static class Identifiers
{
    private static readonly HashSet<string> PythonKeywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    private static readonly HashSet<string> CSharpKeywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class",
        "const", "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event",
        "explicit", "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if",
        "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null",
        "object", "operator", "out", "override", "params", "private", "protected", "public", "readonly",
        "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct",
        "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>One identifier per symbol name, distinct from each other, in the order given.</summary>
    public static IReadOnlyDictionary<string, string> ForSymbols(IEnumerable<string> names, Language language)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var candidate = Escape(Sanitize(name), language);
            // Python compares identifiers after NFKC normalization: two names equal under it would be one variable.
            string Key(string s) => language == Language.CSharp ? s : s.Normalize(NormalizationForm.FormKC);
            var unique = candidate;
            for (int n = 2; taken.Contains(Key(unique)); n++) unique = $"{candidate}_{n}";
            taken.Add(Key(unique));
            result[name] = unique;
        }
        return result;
    }

    // Keywords: Python appends an underscore (the user's own names never end in one), C# has @.
    private static string Escape(string name, Language language) => language switch
    {
        Language.CSharp when CSharpKeywords.Contains(name) => "@" + name,
        not Language.CSharp when PythonKeywords.Contains(name) => name + "_",
        _ => name,
    };

    /// <summary>A dimension name as the suffix of an internal size variable (<c>n</c> → <c>_n</c>).</summary>
    public static string Size(string dimension) => "_" + Sanitize(dimension);

    // Letters, digits and underscores stay (both languages take Unicode letters); anything else,
    // from a subscript such as W_{1,2}, becomes an underscore.
    private static string Sanitize(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
            text.Append(IsIdentifierPart(c) ? c : '_');
        if (text.Length == 0 || !IsIdentifierStart(text[0])) text.Insert(0, 'v');
        return text.ToString();
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c);

    private static bool IsIdentifierPart(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber => true,
        _ => c == '_',
    };
}
