using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Numerics;
using MatrixCalculus.Terms;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.Tests.Steps;

/// <summary>
/// The value of a derivation step at a point along a direction V: dX is V, and a d(g) not yet
/// pushed down is the central difference of g along V, so a step is checked against numbers the
/// differential rules had no part in.
/// </summary>
internal static class StepValues
{
    public static Matrix<double> Evaluate(Expr step, Var wrt, Environment at, Matrix<double> direction)
    {
        var differentials = step.Descendants().OfType<Differential>().Distinct().ToList();
        var env = at;
        var named = step;
        for (int i = 0; i < differentials.Count; i++)
        {
            var d = differentials[i];
            var stand = new Var($"step_d{i}", d.Shape);
            env = env.With(stand.Name, d.Arg.Equals(wrt) ? direction : Directional(d.Arg, wrt, at, direction));
            named = named.Substitute(d, stand);
        }
        return Evaluator.Evaluate(named, env);
    }

    /// <summary>(g(X + hV) - g(X - hV)) / 2h.</summary>
    public static Matrix<double> Directional(Expr g, Var wrt, Environment at, Matrix<double> direction) =>
        FiniteDifference.DirectionalDerivative(env => Evaluator.Evaluate(g, env), at, wrt.Name, direction);
}
