namespace MatrixCalculus.Cli.Output;

/// <summary>The marker of a table note: its number in superscript digits (¹, ², …, ¹²).</summary>
internal static class TableNotes
{
    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static string Marker(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => SuperscriptDigits[c - '0']));
}
