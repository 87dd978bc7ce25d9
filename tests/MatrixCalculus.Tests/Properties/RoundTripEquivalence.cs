using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Properties;

/// <summary>
/// The spellings under which a random term reads back as another tree of the same value: terms the
/// smart constructors keep but the binder builds differently from their printed text. Both sides
/// of a round trip are rewritten to one form before comparing. The printers' own list
/// (Tests.Printing.ReadBackEquivalence: sizes n·m, the ones matrix, the scalar zero) is here too,
/// with the ones matrix turned the other way, because random terms meet it inside longer products:
/// - I_a ⊗ I_b = I_{a·b} and 1_a ⊗ 1_b = 1_{a·b} (a size a·b has no spelling);
/// - the ones matrix is the outer product 1_r 1_cᵀ: <c>(1_n 1_k')z</c> reads back as the flat chain 1_n 1_k' z;
/// - the scalar zero reads back as the constant 0, which the binder folds into its neighbours;
/// - a sum is built left to right, as the binder does, so folded constants land where it puts them;
/// - a scalar to the power -1 reads back as 1/s, a matrix to the power -k as (A⁻¹)ᵏ;
/// - broadcast scalars added together: <c>t + 1 + C</c> reads back as (t + 1)·1 + C;
/// - a run of a product chain that is 1×1 reads back as a coefficient: <c>a'b c'</c> is (a'b)·c'.
/// Every rewrite goes through the smart constructors, so flattening happens as it does in the
/// binder; rewriting repeats until nothing changes.
/// </summary>
public static class RoundTripEquivalence
{
    private const int MaxRounds = 8;

    public static Expr Normalize(Expr e)
    {
        for (int round = 0; round < MaxRounds; round++)
        {
            var next = Walk(e);
            if (next.Equals(e)) break;
            e = next;
        }
        // A whole zero prints as 0 and reads back as the number 0 (also one that folds to 0 when read).
        return e is Zero ? Ex.Num(0) : e;
    }

    private static Expr Walk(Expr e)
    {
        var children = e.Children().Select(Walk).ToArray();
        var rebuilt = e is Add ? children.Skip(1).Aggregate(children[0], (sum, term) => Ex.Add(sum, term)) : e.WithChildren(children);
        return Rewrite(rebuilt);
    }

    private static Expr Rewrite(Expr node) => node switch
    {
        // I_a ⊗ I_b = I_{a·b}; 1_a ⊗ 1_b = 1_{a·b}
        Kron(Identity a, Identity b) => new Identity(DimOps.Times(a.N, b.N)),
        Kron(Ones { Of.Cols.IsOne: true } a, Ones { Of.Cols.IsOne: true } b) => new Ones(Shape.Column(DimOps.Times(a.Of.Rows, b.Of.Rows))),
        // 1_{r×c} = 1_r 1_cᵀ
        Ones { Of.IsMatrix: true } o => Ex.MatMul(new Ones(Shape.Column(o.Of.Rows)), new Ones(new Shape(Dim.One, o.Of.Cols))),
        Zero { Of.IsScalar: true } => Ex.Num(0),
        // s⁻¹ = 1/s; A⁻ᵏ = (A⁻¹)ᵏ
        Power { Base.Shape.IsScalar: true, Exponent: Const { Value: -1 } } p => Ex.Divide(Ex.One, p.Base),
        Power { Base.Shape.IsScalar: false, Exponent: Const { Value: < -1 and var k } } p => Ex.Power(Ex.Inverse(p.Base), Ex.Num(-k)),
        Add a => FoldOnes(a),
        MatMul m => PullScalarRun(m),
        _ => node,
    };

    private static bool IsOnes(Expr e) =>
        e is Ones || e is MatMul { Factors: [Ones { Of.Cols.IsOne: true }, Ones { Of.Rows.IsOne: true }] };

    /// <summary>The coefficient of a broadcast term c·1 (1 for 1 itself), or null.</summary>
    private static Expr? Broadcast(Expr term) => term switch
    {
        _ when IsOnes(term) => Ex.One,
        Scale s when IsOnes(s.Body) => s.Coefficient,
        _ => null,
    };

    /// <summary>c₁·1 + … + x + cₖ·1 = (c₁ + … + cₖ)·1 + x, in the place of the first; nothing when the sum is 0.</summary>
    private static Expr FoldOnes(Add a)
    {
        var broadcast = a.Terms.Select((term, i) => (Coefficient: Broadcast(term), Index: i)).Where(b => b.Coefficient is not null).ToList();
        if (broadcast.Count < 2) return a;
        var ones = a.Terms[broadcast[0].Index] is Scale s ? s.Body : a.Terms[broadcast[0].Index];
        var coefficient = broadcast.Skip(1).Aggregate(broadcast[0].Coefficient!, (sum, b) => Ex.Add(sum, b.Coefficient!));
        var terms = a.Terms.Where((_, i) => broadcast.All(b => b.Index != i)).ToList();
        terms.Insert(broadcast[0].Index, Ex.Scale(coefficient, ones));
        return terms.Aggregate((sum, term) => Ex.Add(sum, term));
    }

    /// <summary>F₁ … (Fᵢ … Fⱼ) … Fₖ with Fᵢ … Fⱼ of shape 1×1 = (Fᵢ … Fⱼ) · F₁ … Fₖ without them: the leftmost run, once per round.</summary>
    private static Expr PullScalarRun(MatMul m)
    {
        var f = m.Factors;
        for (int i = 0; i < f.Count; i++)
            for (int j = i + 1; j <= f.Count; j++)
            {
                if ((i == 0 && j == f.Count) || !f[i].Shape.Rows.IsOne || !f[j - 1].Shape.Cols.IsOne) continue;
                var rest = f.Take(i).Concat(f.Skip(j)).ToList();
                if (rest.Zip(rest.Skip(1)).All(p => p.First.Shape.Cols == p.Second.Shape.Rows))
                    return Ex.Scale(Ex.MatMul(f.Skip(i).Take(j - i)), Ex.MatMul(rest));
            }
        return m;
    }
}
