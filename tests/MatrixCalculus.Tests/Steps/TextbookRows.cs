using MatrixCalculus.Calculus;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Printing;

namespace MatrixCalculus.Tests.Steps;

/// <summary>The textbook functions of the KaTeX corpus (notes, acceptance and differentials tables), compiled and differentiated.</summary>
public static class TextbookRows
{
    public static IEnumerable<object[]> All => KatexCorpus.Textbook.Select(row => new object[] { row });

    public static (BoundExpression Bound, Var Wrt, Derivation Derivation) Run(TextbookDerivative row)
    {
        var bound = Frontend.Compile(row.Expression, row.Declarations);
        var wrt = bound.Symbols.Single(v => v.Name == row.Wrt);
        return (bound, wrt, Differentiation.Run(bound.Expression, wrt, row.Order));
    }

    /// <summary>The derivation's chains: each start with the steps equal to it.</summary>
    public static IEnumerable<IReadOnlyList<DerivationStep>> Chains(Derivation d)
    {
        var chain = new List<DerivationStep>();
        foreach (var step in d.Steps.Where(s => s.Kind != StepKind.Result))
        {
            if (step.Kind == StepKind.Start && chain.Count > 0)
            {
                yield return chain;
                chain = [];
            }
            chain.Add(step);
        }
        if (chain.Count > 0) yield return chain;
    }
}
