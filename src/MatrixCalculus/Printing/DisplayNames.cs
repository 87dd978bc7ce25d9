using MatrixCalculus.Calculus;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Printing;

/// <summary>
/// The names of one output: every line that shows the derivative (the result line of the header
/// and, with steps, the derivation) uses the same T_1, T_2, … for the same subterms, so a name
/// means one thing wherever it appears. With steps the derivation is named (<see cref="StepNames"/>)
/// and the header's result is the derivation's last line; without, the result alone is named
/// (<see cref="NamedSubterms"/>).
/// </summary>
public sealed record DisplayNames(IReadOnlyList<(Var Name, Expr Value)> Definitions, IReadOnlyList<DerivationStep> Steps, Expr Result)
{
    public static DisplayNames For(Derivation d, bool withSteps)
    {
        if (!withSteps)
        {
            var named = NamedSubterms.Name(d.Result);
            return new DisplayNames(named.Definitions, d.Steps, named.Body);
        }
        var steps = StepNames.Name(d.Steps);
        var result = steps.Steps.LastOrDefault(step => step.Kind == StepKind.Result)?.Expression ?? d.Result;
        return new DisplayNames(steps.Definitions, steps.Steps, result);
    }

    /// <summary>
    /// The definitions a line needs that are not shown yet, in definition order (a definition uses
    /// only names defined before it), marked as shown: a <c>where</c> line comes before the first
    /// line that uses its name.
    /// </summary>
    public IReadOnlyList<(Var Name, Expr Value)> NewlyUsed(IEnumerable<Expr> line, ISet<Var> shown)
    {
        var needed = new HashSet<Var>();
        foreach (var e in line) Need(e);
        var fresh = Definitions.Where(def => needed.Contains(def.Name) && shown.Add(def.Name)).ToList();
        return fresh;

        void Need(Expr e)
        {
            foreach (var def in Definitions)
                if (!needed.Contains(def.Name) && e.Contains(def.Name))
                {
                    needed.Add(def.Name);
                    Need(def.Value);
                }
        }
    }
}
