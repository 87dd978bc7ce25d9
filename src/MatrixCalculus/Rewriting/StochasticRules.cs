using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>
/// What a <c>stochastic</c> declaration says (each row of Y sums to 1, a vector's entries sum to 1)
/// and the all-ones matrix it leaves behind: the batched softmax layer's gradient
/// X'((Y1)1' ⊙ S - Y) becomes X'(S - Y) only through these.
/// </summary>
internal static class StochasticRules
{
    /// <summary>Y1 = 1 and 1'Y' = 1' for a stochastic Y (rows summing to 1), between neighbouring factors.</summary>
    public static Expr? RowSums(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i + 1 < f.Count; i++)
        {
            Expr? ones = (f[i], f[i + 1]) switch
            {
                (Var y, Ones { Of.IsColumn: true }) when IsStochasticMatrix(y) => Ex.OnesOf(Semantics.Shape.Column(y.Shape.Rows)),
                (Ones { Of.IsRow: true }, Transpose { Arg: Var y }) when IsStochasticMatrix(y) => Ex.OnesOf(Semantics.Shape.Column(y.Shape.Rows).T),
                _ => null,
            };
            if (ones is null) continue;
            var rest = f.Take(i).Append(ones).Concat(f.Skip(i + 2)).ToList();
            return Ex.MatMul(rest);
        }
        return null;
    }

    /// <summary>sum(y) = 1 for a stochastic column y.</summary>
    public static Expr? Sum(Sum s) =>
        s.Arg is Var { Shape.IsColumn: true } y && y.Attributes.HasFlag(VarAttributes.Stochastic) ? Ex.One : null;

    /// <summary>(1 1') ⊙ A = A: the outer product of two ones vectors is the all-ones matrix, the unit of ⊙.</summary>
    public static Expr? OnesOuterHadamard(Hadamard h)
    {
        var factors = HadamardRules.Factors(h);
        var at = factors.FindIndex(IsOnesOuter);
        if (at < 0) return null;
        factors.RemoveAt(at);
        return HadamardRules.Product(factors);
    }

    private static bool IsOnesOuter(Expr e) =>
        e is MatMul { Factors.Count: 2 } m && m.Factors[0] is Ones { Of.IsColumn: true } && m.Factors[1] is Ones { Of.IsRow: true };

    private static bool IsStochasticMatrix(Var y) => y.Attributes.HasFlag(VarAttributes.Stochastic) && !y.Shape.IsColumn;
}
