using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>
/// A named, value-preserving rewrite. <see cref="Apply"/> returns null where the rule does not
/// apply. The name (kebab-case, <c>operator-law</c>) appears in derivation steps and snapshots,
/// so it is stable; <see cref="Law"/> states the identity the rule uses.
/// </summary>
public sealed record Rule(string Name, string Law, Func<Expr, Expr?> Apply);
