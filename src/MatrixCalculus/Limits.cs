namespace MatrixCalculus;

/// <summary>
/// Hard limits on what the library accepts. Each protects the process from an input that would
/// otherwise exhaust a resource; exceeding one is a clean <c>MatrixCalculusException</c>
/// (MC1003), never a crash.
/// </summary>
public static class Limits
{
    /// <summary>
    /// Deepest nesting of the syntax tree (brackets, function calls, operator chains). The parser
    /// recurses once per bracket level, and the binder, differentiator and printers walk trees
    /// recursively: a .NET stack overflow cannot be caught and kills the process, so depth is
    /// bounded once, at the door, and every later tree walk may recurse freely.
    /// </summary>
    public const int MaxDepth = 200;

    /// <summary>
    /// Longest expression text accepted. Tokenizing and parsing are linear, but derivatives grow
    /// with the input (the product rule makes one term per factor), so a megabyte of input would
    /// tie up the machine long before it produced a readable answer.
    /// </summary>
    public const int MaxInputLength = 100_000;

    /// <summary>
    /// Largest integer power of a square matrix, <c>X^k</c>. Its differential
    /// d(X^k) = Σ X^i dX X^(k-1-i) has k terms, so a huge k makes a huge derivative.
    /// </summary>
    public const int MaxMatrixPower = 64;
}
