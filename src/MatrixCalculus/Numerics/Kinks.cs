using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// Warnings for a point on (or within <see cref="Tolerance"/> of) a kink: an entry 0 under relu,
/// abs, sign or step, a zero vector under a 2-norm or Frobenius norm, a zero entry under a 1-norm.
/// There the symbolic derivative is one of several one-sided values, so a numeric check may disagree.
/// </summary>
public static class Kinks
{
    public const double Tolerance = 1e-8;

    /// <summary>One message per kink, in the order of the term (parents first), without repeats.</summary>
    public static IReadOnlyList<string> Find(Expr e, Environment env)
    {
        var warnings = new List<string>();
        foreach (var node in e.Descendants())
            if (Warning(node, env) is { } warning && !warnings.Contains(warning))
                warnings.Add(warning);
        return warnings;
    }

    private static string? Warning(Expr node, Environment env) => node switch
    {
        Apply { Function: ElementFunction.Relu or ElementFunction.Abs or ElementFunction.Sign or ElementFunction.Step } a
            when NearZeroEntry(a.Arg, env)
            => $"the point is at a kink of {Functions.Name(a.Function)} in {a}: an entry of {a.Arg} is within {Tolerance:0e+0} of 0.",
        Norm { Kind: NormKind.Two or NormKind.Frobenius } n when Evaluator.Evaluate(n.Arg, env).FrobeniusNorm() <= Tolerance
            => $"the point is at a kink of {n}: {n.Arg} is within {Tolerance:0e+0} of 0.",
        Norm { Kind: NormKind.One } n when NearZeroEntry(n.Arg, env)
            => $"the point is at a kink of {n}: an entry of {n.Arg} is within {Tolerance:0e+0} of 0.",
        _ => null,
    };

    private static bool NearZeroEntry(Expr e, Environment env) =>
        Evaluator.Evaluate(e, env).Enumerate().Any(x => Math.Abs(x) <= Tolerance);
}
