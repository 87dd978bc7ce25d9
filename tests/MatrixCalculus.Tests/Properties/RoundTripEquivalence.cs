using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using MatrixCalculus.Tests.Printing;

namespace MatrixCalculus.Tests.Properties;

/// <summary>
/// The spellings under which a random term reads back as another tree of the same value. Beyond
/// the printers' <see cref="ReadBackEquivalence"/> (sizes n·m, the ones matrix on its own, the
/// scalar zero), random terms meet more, each a term the smart constructors keep but the binder
/// builds differently from its printed text:
/// - the ones matrix inside a longer product: <c>(1_n 1_k')z</c> reads back as the flat chain
///   1_n 1_k' z, so the ones matrix is spelled as the outer product 1_r 1_c' everywhere;
/// - a scalar to the power -1: <c>s^-1</c> reads back as 1/s;
/// - a matrix to a negative power: <c>A^-2</c> reads back as (A⁻¹)²;
/// - broadcast ones added together: <c>1 + 1 - y</c> reads back as 2 - y (the binder folds the
///   constants before broadcasting);
/// - a run of a product chain that is 1×1: <c>a'b c'</c> reads back as the coefficient (a'b)
///   times c' (the binder reads a 1×1 run as a scalar).
/// Every rewrite goes through the smart constructors, so flattening happens as it does in the binder.
/// </summary>
public static class RoundTripEquivalence
{
    public static Expr Normalize(Expr e) => ReadBackEquivalence.Normalize(e).Postwalk(node => node switch
    {
        // 1_{r×c} = 1_r 1_cᵀ
        Ones { Of.IsMatrix: true } o => Ex.MatMul(new Ones(Shape.Column(o.Of.Rows)), new Ones(new Shape(Dim.One, o.Of.Cols))),
        // s⁻¹ = 1/s
        Power { Base.Shape.IsScalar: true, Exponent: Const { Value: -1 } } p => Ex.Divide(Ex.One, p.Base),
        // A⁻ᵏ = (A⁻¹)ᵏ
        Power { Base.Shape.IsScalar: false, Exponent: Const { Value: < -1 and var k } } p => Ex.Power(Ex.Inverse(p.Base), Ex.Num(-k)),
        Add a => FoldOnes(a),
        MatMul m => PullScalarRuns(m),
        _ => node,
    });

    private static bool IsOnes(Expr e) =>
        e is Ones || e is MatMul { Factors: [Ones { Of.Cols.IsOne: true }, Ones { Of.Rows.IsOne: true }] };

    /// <summary>c₁·1 + … + x + cₖ·1 = (c₁ + … + cₖ)·1 + x, in the place of the first; nothing when the sum is 0.</summary>
    private static Expr FoldOnes(Add a)
    {
        double k = 0;
        int count = 0, first = -1;
        Expr? ones = null;
        for (int i = 0; i < a.Terms.Count; i++)
        {
            var (c, body) = a.Terms[i] is Scale { Coefficient: Const coefficient, Body: var b } ? (coefficient.Value, b) : (1.0, a.Terms[i]);
            if (!IsOnes(body)) continue;
            k += c;
            count++;
            ones ??= body;
            if (first < 0) first = i;
        }
        if (count < 2) return a;
        var terms = a.Terms.Where(t => !IsOnes(t is Scale { Coefficient: Const, Body: var b } ? b : t)).ToList();
        if (k != 0) terms.Insert(Math.Min(first, terms.Count), Ex.Scale(Ex.Num(k), ones!));
        return terms.Count == 0 ? Ex.ZeroOf(a.Shape) : Ex.Add(terms);
    }

    /// <summary>F₁ … (Fᵢ … Fⱼ) … Fₖ with Fᵢ … Fⱼ of shape 1×1 = (Fᵢ … Fⱼ) · F₁ … Fₖ without them, leftmost run first, repeatedly.</summary>
    private static Expr PullScalarRuns(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i < f.Count; i++)
            for (int j = i + 1; j <= f.Count; j++)
            {
                if ((i == 0 && j == f.Count) || !f[i].Shape.Rows.IsOne || !f[j - 1].Shape.Cols.IsOne) continue;
                var rest = f.Take(i).Concat(f.Skip(j)).ToList();
                bool chains = rest.Zip(rest.Skip(1)).All(p => p.First.Shape.Cols == p.Second.Shape.Rows);
                if (!chains) continue;
                var run = Ex.MatMul(f.Skip(i).Take(j - i));
                var body = Ex.MatMul(rest);
                return Ex.Scale(Rerun(run), Rerun(body));
            }
        return m;

        static Expr Rerun(Expr e) => e is MatMul inner ? PullScalarRuns(inner) : e;
    }
}
