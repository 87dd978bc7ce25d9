using MatrixCalculus.Terms;
using static MatrixCalculus.Terms.Ex;

namespace MatrixCalculus.Calculus;

/// <summary>
/// d(·) pushed all the way down at once by the rules of <see cref="DifferentialRules"/>. The
/// result is linear in d(wrt), which is the only Differential node left in it. It is the
/// end of the <see cref="StepwiseDifferential"/> (the same rules, taken one level per step).
/// </summary>
public sealed class Differentiator
{
    private readonly Var wrt;
    private readonly RuleLog log;
    private readonly Expr dX;
    private readonly DifferentialRules rules;

    public Differentiator(Var wrt, RuleLog log)
    {
        this.wrt = wrt;
        this.log = log;
        dX = D(wrt);
        rules = new DifferentialRules(wrt, Differentiate);
    }

    public Expr Differentiate(Expr e)
    {
        // d(C) = 0 for C free of the variable
        if (!e.Contains(wrt)) { log.Use("d-const"); return ZeroOf(e.Shape); }
        // dX is the differential of the variable itself
        if (e is Var) return dX;
        var (rule, result) = rules.Push(e);
        log.Use(rule);
        return result;
    }
}
