using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;

namespace MatrixCalculus.Calculus;

/// <summary>
/// d(f) as the notes write it: from the node d(f), each step takes every outermost d(·) of a
/// non-variable one level further down by the rule of its operator (<see cref="DifferentialRules"/>,
/// the table of the recursive <see cref="Differentiator"/>), and names the rules of that step.
/// Step k is the recursive differentiation cut off at depth k, where it leaves d(·) nodes: so each
/// step is built by the very constructor calls of the recursive one, and the last step is exactly
/// its result (pushing d into an already built line could come out in another, equal, form: the
/// smart constructors tidy a product by what its factors are when it is built).
/// The differential of an operand free of the variable is 0 at once (d-const), so constants never
/// clutter a line. A step is a pass-through when each of its rules only carries d inside a linear
/// operation (d(A + B), d tr A, d(A')) or past constant operands (d(XA) = dX A with A constant):
/// such a step shows no new derivative, so folding may merge it into the next.
/// </summary>
internal sealed class StepwiseDifferential(Var wrt)
{
    // Every step goes one level deeper into f, so there are at most as many as f is deep; more than
    // this means a rule that does not descend.
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
        var levels = new List<Level> { new("", D(f), false) };
        for (int depth = 1; depth <= MaxSteps; depth++)
        {
            var cut = new Cut(depth);
            var expression = Differentiate(f, 0, cut);
            levels.Add(new(string.Join(", ", cut.Rules.Distinct()), expression, cut.PassThrough));
            if (!cut.Reached) return levels;
        }
        throw new InvalidOperationException($"the differential of {f} did not finish in {MaxSteps} steps.");
    }

    /// <summary>What one cut-off differentiation saw at its last level: the rules there, and whether it left any d(·).</summary>
    private sealed class Cut(int depth)
    {
        public int Depth => depth;
        public List<string> Rules { get; } = [];
        public bool PassThrough { get; set; } = true;
        public bool Reached { get; set; }
    }

    // The recursive differentiator, cut off: a term at the cut's depth is left as d(term).
    private Expr Differentiate(Expr e, int depth, Cut cut)
    {
        // d(C) = 0 for C free of the variable; named in the step whose rule reaches C (or of f itself)
        if (!e.Contains(wrt))
        {
            if (depth == cut.Depth || (depth == 0 && cut.Depth == 1)) cut.Rules.Add("d-const");
            return ZeroOf(e.Shape);
        }
        if (e.Equals(wrt)) return dX;
        if (depth == cut.Depth)
        {
            cut.Reached = true;
            return D(e);
        }
        if (depth < cut.Depth - 1)
            return new DifferentialRules(wrt, operand => Differentiate(operand, depth + 1, cut)).Push(e).Result;
        // the level this step pushes: name its rule, then the constants among its operands
        var varying = new List<Expr>();
        var operands = new Cut(cut.Depth);
        var (rule, result) = new DifferentialRules(wrt, operand =>
        {
            if (operand.Contains(wrt)) varying.Add(operand);
            return Differentiate(operand, depth + 1, operands);
        }).Push(e);
        cut.Rules.Add(rule);
        cut.Rules.AddRange(operands.Rules);
        cut.Reached |= operands.Reached;
        cut.PassThrough &= Linear.Contains(rule)
            || (Bilinear.Contains(rule) && varying.Distinct().Count() == 1)
            || (LinearInFirst.Contains(rule) && varying.All(v => ReferenceEquals(v, e.Children()[0])));
        return result;
    }
}
