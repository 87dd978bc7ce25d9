using System.Globalization;
using System.Text;

namespace MatrixCalculus.CodeGen;

/// <summary>Literals and indentation for generated Python.</summary>
internal static class PythonText
{
    /// <summary>A double-quoted Python string literal.</summary>
    public static string String(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in text)
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        return escaped.Append('"').ToString();
    }

    /// <summary>Text to put inside an f-string literal: braces doubled, quotes and backslashes escaped.</summary>
    public static string InFString(string text) => String(text)[1..^1].Replace("{", "{{").Replace("}", "}}");

    public static string Number(double value) =>
        value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e") is var s && (s.Contains('.') || s.Contains('e')) ? s : s + ".0";

    public static IEnumerable<string> Indent(IEnumerable<string> lines, int levels = 1) =>
        lines.Select(line => line.Length == 0 ? line : new string(' ', 4 * levels) + line);

    /// <summary>Comment lines, one per line of each text (an expression read from a file may span lines).</summary>
    public static IEnumerable<string> Comment(IEnumerable<string> texts) =>
        texts.SelectMany(text => text.Split('\n')).Select(line => line.Length == 0 ? "#" : "# " + line.TrimEnd('\r'));
}
