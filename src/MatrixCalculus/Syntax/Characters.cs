namespace MatrixCalculus.Syntax;

/// <summary>Which characters may form names: Latin and Greek letters (the contract's alphabet).</summary>
internal static class Characters
{
    public static bool IsLetter(char c) =>
        char.IsAsciiLetter(c)
        // Greek capitals and small letters (Α..Ω, α..ω; U+03A2 is unassigned) and the variant forms ϑ ϕ ϖ ϵ.
        || c is >= 'Α' and <= 'Ω' and not '\u03A2' || c is >= 'α' and <= 'ω' || c is 'ϑ' or 'ϕ' or 'ϖ' or 'ϵ';
}
