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

    /// <summary>
    /// Most nodes a differential may have, counted as a tree (a subterm used twice counts twice,
    /// as every later pass walks it twice). The product rule copies the other factors into each
    /// term, so derivatives grow polynomially with nesting (the second derivative of 150 nested
    /// logs has millions of nodes) or exponentially with nested powers (((X^2)^2)^2…), and
    /// simplifying them costs more than linear time: the size is checked as soon as d(·) is
    /// pushed down, before any simplification, so such an input stops in milliseconds.
    /// </summary>
    public const int MaxTermSize = 20_000;

    /// <summary>
    /// Deepest nesting of a differential. The parser bounds the input's depth by
    /// <see cref="MaxDepth"/>, and a differential rule adds a few levels per level of its operand,
    /// so a derivative is a few times deeper than its input (the deepest inputs the parser
    /// accepts give derivatives about 200 levels deep: deeper ones also grow past
    /// <see cref="MaxTermSize"/>). This bound is the backstop that keeps every recursive walk over
    /// a derivative (simplifier, identification, evaluator, printers: the hungriest needs about
    /// 3 KB of stack per level) far inside the 64 MB stack matcalc runs commands on.
    /// </summary>
    public const int MaxTermDepth = 1_000;

    /// <summary>
    /// Wall-clock time a <c>matcalc</c> command may take before it stops with a message: the
    /// size limits bound the symbolic work, but not everything (large point files, slow
    /// simplification of a derivative just under the limits). The CLI reads an override in
    /// seconds from the environment variable <c>MATCALC_TIME_BUDGET</c>.
    /// </summary>
    public static readonly TimeSpan CommandTimeBudget = TimeSpan.FromSeconds(10);
}
