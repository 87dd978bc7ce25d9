using System.Globalization;

namespace MatrixCalculus.Printing;

/// <summary>
/// Numbers as the language writes them: integers without ".0", the shortest decimal that reads
/// back to the same double, and an exact integer fraction (1/3) where the decimal would be long.
/// </summary>
internal static class NumberText
{
    // Beyond this a double has no fractional part to show, and "R" switches to exponent form.
    private const double IntegerLimit = 1e15;
    // A decimal with more significant digits than this reads worse than its fraction (0.333…).
    private const int ShortDecimalDigits = 6;
    private const int CoefficientDenominators = 1000;
    // Exponents read as halves, thirds and quarters: x^(1/2), ||x||^(3/2), but x^0.3.
    private const int ExponentDenominators = 4;

    public static bool IsInteger(double v) => Math.Abs(v) < IntegerLimit && v == Math.Floor(v);

    /// <summary>|v| as an integer, for <see cref="IsInteger"/> values.</summary>
    public static string Integer(double v) => ((long)Math.Abs(v)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Shortest round-trip decimal of |v| in the language's form: 0.5, 1e-5, 1e20.</summary>
    public static string Decimal(double v)
    {
        var text = Math.Abs(v).ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E');
        if (e < 0) return text;
        var exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return text[..e] + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The mantissa and power of ten of a decimal in exponent form (1e-5 → "1", -5).</summary>
    public static (string Mantissa, string Exponent)? Scientific(string decimalText)
    {
        var e = decimalText.IndexOf('e');
        return e < 0 ? null : (decimalText[..e], decimalText[(e + 1)..]);
    }

    /// <summary>The fraction a constant term or coefficient prints as, when its decimal is long.</summary>
    public static (long Numerator, long Denominator)? CoefficientFraction(double v)
    {
        if (IsInteger(v)) return null;
        var decimalText = Decimal(v);
        if (SignificantDigits(decimalText) <= ShortDecimalDigits) return null;
        // 246913/2 is no better than 123456.5: a fraction must also be the shorter text.
        return Fraction(v, CoefficientDenominators) is var (p, q) && $"{p}/{q}".Length < decimalText.Length ? (p, q) : null;
    }

    /// <summary>
    /// The exact fraction a coefficient prints as: halves, thirds and quarters always ((3/2)I, N/2),
    /// as a reader of the notes writes them; other denominators only where the decimal is long.
    /// </summary>
    public static (long Numerator, long Denominator)? ExactFraction(double v) =>
        IsInteger(v) ? null : Fraction(v, ExponentDenominators) ?? CoefficientFraction(v);

    /// <summary>The fraction an exponent prints as: an exact one with a small denominator, or a coefficient's.</summary>
    public static (long Numerator, long Denominator)? ExponentFraction(double v) =>
        IsInteger(v) ? null : Fraction(v, ExponentDenominators) ?? CoefficientFraction(v);

    // |v| = p/q exactly in double arithmetic (what the parser computes for the literal "p/q"),
    // with the smallest such q, so p/q is in lowest terms.
    private static (long, long)? Fraction(double v, int maxDenominator)
    {
        var magnitude = Math.Abs(v);
        if (double.IsNaN(magnitude) || magnitude >= IntegerLimit) return null;
        for (long q = 2; q <= maxDenominator; q++)
        {
            var p = Math.Round(magnitude * q);
            if (p > 0 && p / q == magnitude) return ((long)p, q);
        }
        return null;
    }

    private static int SignificantDigits(string decimalText)
    {
        var mantissa = Scientific(decimalText)?.Mantissa ?? decimalText;
        return mantissa.Replace(".", "").TrimStart('0').Length;
    }
}
