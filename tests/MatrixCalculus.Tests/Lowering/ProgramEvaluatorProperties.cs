using CsCheck;
using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Properties;
using MatrixCalculus.Tests.Support;
using Xunit.Abstractions;

namespace MatrixCalculus.Tests.Lowering;

/// <summary>
/// On random terms of every node and shape, at random points: the lowered program computes what
/// the tree-walking evaluator computes (value or error message), for f and for its first and
/// second derivatives wrt every variable of the term.
/// </summary>
public class ProgramEvaluatorProperties(ITestOutputHelper output)
{
    [Fact]
    public void TheProgramComputesTheValueTheTreeComputes() =>
        PropertyRun.Check("program value = tree value", ExprGenerator.AnyTerm(), c =>
            ProgramAgreement.Values(c.Term, RandomPoint.Generate(c.Term, VariablePool.All, c.PointSeed)),
            PropertyRun.Iterations(400, 0.05), output);

    [Fact]
    public void TheProgramComputesTheDerivativeTheTreeComputes() =>
        PropertyRun.Check("program derivative = tree derivative", ExprGenerator.AnyTerm().Where(c => c.Term.Variables().Count > 0), c =>
        {
            var variables = c.Term.Variables();
            var wrt = variables[c.PointSeed % variables.Count];
            int order = c.Term.Shape.IsScalar && c.PointSeed % 2 == 0 ? 2 : 1;
            Derivation d;
            try { d = Differentiation.Run(c.Term, wrt, order); }
            // No such derivative (the calculus says why), or a failure of the calculus, which its own
            // properties cover: this property is about evaluating the derivatives there are.
            catch (Exception) { return Outcome.Held; }
            return ProgramAgreement.Derivatives(d, RandomPoint.Generate(c.Term, VariablePool.All, c.PointSeed));
        }, PropertyRun.Iterations(200, 0.05), output);
}
