namespace MatrixCalculus.CodeGen;

/// <summary>
/// Code for one value. An atomic fragment (a name, a call, an indexing) can stand as an operand
/// as it is; any other is parenthesized there, so the back ends never reason about precedence.
/// </summary>
internal readonly record struct Fragment(string Code, bool Atomic)
{
    public static Fragment Atom(string code) => new(code, true);
    public static Fragment Operation(string code) => new(code, false);

    /// <summary>The code as an operand of an operator.</summary>
    public string Operand => Atomic ? Code : $"({Code})";

    public override string ToString() => Code;
}
