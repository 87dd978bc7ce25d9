using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;

namespace MatrixCalculus.Calculus;

/// <summary>
/// d(f) as the notes write it: from the node d(f), each step pushes every outermost d(·) of a
/// non-variable one level down by the rule of its operator (<see cref="DifferentialRules"/>, the
/// table the recursive <see cref="Differentiator"/> uses), and names the rules of that step.
/// The differential of an operand free of the variable is 0 at once (d-const), so constants never
/// clutter a line. The last step is linear in dX with no other d(·) left.
/// A step is a pass-through when each of its rules only carries d inside a linear operation
/// (d(A + B), d tr A, d(A')) or past constant operands (d(XA) = dX A with A constant): such a step
/// shows no new derivative, so folding may merge it into the next.
/// </summary>
internal sealed class StepwiseDifferential(Var wrt)
{
    // Each step shortens the term under every d(·) (X^-k first becomes (X^-1)^k), so the number of
    // steps is bounded by the depth of f; more than this means a rule that does not descend.
    private const int MaxSteps = 4 * Limits.MaxDepth;

    // Rules linear in their one operand: d(A + B) = dA + dB, d tr A = tr dA, …
    private static readonly string[] Linear = ["d-add", "d-sum", "d-trace", "d-transpose", "d-vec", "d-diag"];
    // Rules linear in each operand: a pass-through when only one operand varies (d(XA) = dX A).
    private static readonly string[] Bilinear = ["d-matmul", "d-scale", "d-hadamard", "d-kron", "d-inner"];
    // Rules linear in their first operand only: d(A / s) = dA / s when s is constant.
    private static readonly string[] LinearInFirst = ["d-quotient", "d-hadamard-divide"];

    private readonly Expr dX = D(wrt);

    /// <summary>One level of the differential: the rules used, the expression, and whether it only passed d through.</summary>
    public sealed record Level(string Rules, Expr Expression, bool PassThrough);

    /// <summary>d(f), then one level per step; the last expression is the differential.</summary>
    public IReadOnlyList<Level> Levels(Expr f)
    {
        var current = D(f);
        var levels = new List<Level> { new("", current, false) };
        for (int step = 0; step < MaxSteps; step++)
        {
            var rules = new List<string>();
            var passThrough = true;
            var next = PushOutermost(current, rules, ref passThrough);
            if (ReferenceEquals(next, current)) return levels;
            levels.Add(new(string.Join(", ", rules.Distinct()), next, passThrough));
            current = next;
        }
        throw new InvalidOperationException($"the differential of {f} did not finish in {MaxSteps} steps.");
    }

    /// <summary>The term with every outermost d(non-variable) pushed one level; the same instance when there is none.</summary>
    private Expr PushOutermost(Expr e, List<string> rules, ref bool passThrough)
    {
        if (e is Differential { Arg: var arg })
            return arg.Equals(wrt) ? e : PushOnce(arg, rules, ref passThrough);
        var children = e.Children();
        if (children.Count == 0) return e;
        var pushed = new Expr[children.Count];
        for (int i = 0; i < pushed.Length; i++) pushed[i] = PushOutermost(children[i], rules, ref passThrough);
        return e.WithChildren(pushed);
    }

    private Expr PushOnce(Expr arg, List<string> rules, ref bool passThrough)
    {
        // d(C) = 0 for C free of the variable (only f itself can be such a C here)
        if (!arg.Contains(wrt)) { rules.Add("d-const"); return ZeroOf(arg.Shape); }
        var constants = new List<string>();
        var varying = new List<Expr>();
        var (rule, result) = new DifferentialRules(wrt, operand => Operand(operand, constants, varying)).Push(arg);
        rules.Add(rule);
        rules.AddRange(constants);
        passThrough &= Linear.Contains(rule)
            || (Bilinear.Contains(rule) && varying.Distinct().Count() == 1)
            || (LinearInFirst.Contains(rule) && varying.All(v => ReferenceEquals(v, arg.Children()[0])));
        return result;
    }

    // The differential of an operand as it appears on the next line: 0 for a constant (d-const),
    // dX for the variable, and d(operand) left to push on the next step.
    private Expr Operand(Expr operand, List<string> constants, List<Expr> varying)
    {
        if (!operand.Contains(wrt)) { constants.Add("d-const"); return ZeroOf(operand.Shape); }
        varying.Add(operand);
        return operand.Equals(wrt) ? dX : D(operand);
    }
}
