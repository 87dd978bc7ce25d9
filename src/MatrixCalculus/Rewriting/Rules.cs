using MatrixCalculus.Terms;

namespace MatrixCalculus.Rewriting;

/// <summary>
/// The simplifier's rule table, tried in this order at every node. Each rule states its law;
/// the implementations live beside it in the *Rules classes. No rule is a bare commutativity or
/// associativity rule: the smart constructors and canonical keys handle those.
/// </summary>
public static class Rules
{
    public static readonly IReadOnlyList<Rule> All =
    [
        // transposes to the leaves
        new("transpose-product",         "(AB)' = B'A'",                        e => e is Transpose { Arg: MatMul } t ? TransposeRules.Push(t) : null),
        new("transpose-sum",             "(A + B)' = A' + B'",                  e => e is Transpose { Arg: Add } t ? TransposeRules.Push(t) : null),
        new("inverse-transpose",         "(A^-1)' = (A')^-1",                   e => e is Transpose { Arg: Inverse } t ? TransposeRules.Push(t) : null),
        new("transpose-entrywise",       "(A ⊙ B)' = A' ⊙ B', f(A)' = f(A')",   e => e is Transpose { Arg: Hadamard or HadamardDivide or Apply or ElementPower } t ? TransposeRules.Push(t) : null),
        new("transpose-diag",            "diag(v)' = diag(v)",                  e => e is Transpose { Arg: DiagMatrix } t ? TransposeRules.Push(t) : null),
        new("transpose-other",           "(A/s)' = A'/s, (A ⊗ B)' = A' ⊗ B', (A^k)' = (A')^k", e => e is Transpose { Arg: Divide or Kron or Power } t ? TransposeRules.Push(t) : null),
        new("commutation-transpose",     "K_{m,n}' = K_{n,m}, K_{m,n}^-1 = K_{n,m}, K_{n,n}^2 = I", e => e switch
        {
            Transpose t => CommutationRules.Transposed(t),
            Inverse i => CommutationRules.Inverted(i),
            Power p => CommutationRules.Power(p),
            _ => null,
        }),
        // cancellation
        new("commutation-product",       "K_{m,n}K_{n,m} = I, K_{m,n}vec(A) = vec(A'), K_{p,m}(A ⊗ B)K_{n,q} = B ⊗ A", e => e is MatMul m ? CommutationRules.Product(m) : null),
        new("inner-vec",                 "vec(A)'vec(B) = <vec(A), vec(B)> = <A, B>", e => e switch
        {
            MatMul m => VecRules.InnerOfVecs(m),
            Inner i => VecRules.InnerOfVecs(i),
            _ => null,
        }),
        new("commutation-trace",         "tr(K_{m,n}(C ⊗ D)) = tr(CD) for C n×m, D m×n", e => e is Trace t ? CommutationRules.Trace(t) : null),
        new("hadamard-cancel",           "(A ⊙ B) ./ B = A",                    e => e is HadamardDivide q ? HadamardRules.Cancel(q) : null),
        new("inverse-cancel",            "A^-1 A = A A^-1 = I",                 e => e is MatMul m ? ProductRules.InverseCancellation(m) : null),
        new("ones-sum",                  "1'v = v'1 = sum(v)",                  e => e is MatMul m ? ProductRules.OnesSum(m) : null),
        new("stochastic-rows",           "Y1 = 1 when each row of Y sums to 1 (Y stochastic)", e => e is MatMul m ? StochasticRules.RowSums(m) : null),
        new("stochastic-sum",            "sum(y) = 1 when y is stochastic (a simplex vector)", e => e is Sum s ? StochasticRules.Sum(s) : null),
        new("hadamard-ones",             "(1 1') ⊙ A = A",                      e => e is Hadamard h ? StochasticRules.OnesOuterHadamard(h) : null),
        new("kron-outer",                "a ⊗ b' = ab', a' ⊗ b = ba' (a, b columns)", e => e is Kron k ? KronRules.Outer(k) : null),
        new("kron-mixed-product",        "(A ⊗ B)(C ⊗ D) = AC ⊗ BD, M(I ⊗ r') = M ⊗ r'", e => e is MatMul m ? KronRules.MixedProduct(m) : null),
        new("kron-reduction",            "tr(A ⊗ B) = tr(A) tr(B), sum(A ⊗ B) = sum(A) sum(B)", e => e is Trace or Sum ? KronRules.Reduction(e) : null),
        new("diag-times-vector",         "diag(v)w = v ⊙ w",                    e => e is MatMul m ? ProductRules.DiagTimesVector(m) : null),
        new("identity-distribute",       "(I - B)v = v - Bv",                   e => e is MatMul m ? ProductRules.DistributeIdentitySum(m) : null),
        new("divide-out",                "A (B/s) C = (A B C)/s",               e => e is MatMul m ? ProductRules.DivideOut(m) : null),
        new("negative-factor",           "A(-B - C) = -A(B + C)",               e => e is MatMul m ? ProductRules.NegativeFactor(m) : null),
        new("diag-product",              "diag(a) diag(b) = diag(a ⊙ b)",       e => e is MatMul m ? ProductRules.DiagTimesDiag(m) : null),
        new("power-of-power",            "((X^2)^2)^2 = X^8, (A^-1)^k = A^-k, (s^a)^b = s^(ab)", e => e is Power p ? PowerRules.Nested(p) : e is Inverse i ? PowerRules.InverseOfPower(i) : null),
        new("power-collect",             "A A = A^2, A^j A^k = A^(j+k)",        e => e is MatMul m ? ProductRules.PowerCollect(m) : null),
        new("inner-self",                "a'a = ||a||^2 (a not a symbol)",      e => e is MatMul m ? ProductRules.InnerSelf(m) : null),
        new("trace-cyclic",              "tr(a b') = b'a, tr(ABC) = tr(BCA)",   e => e is Trace t ? ProductRules.TraceCyclic(t) : null),
        new("diag-of",                   "diag(uv') = u ⊙ v, diag(M') = diag(M), diag(diag(v)) = v", e => e is DiagVector d ? DiagRules.Simplify(d) : null),
        new("sum-hadamard",              "sum(A ⊙ B) = <A, B>",                 e => e is Sum s ? InnerRules.SumOfHadamards(s) : null),
        // sums
        new("diag-sum",                  "diag(a) + 2 diag(b) = diag(a + 2b)",  e => e is Add a ? DiagRules.Sum(a) : null),
        new("hadamard-factor",           "a ⊙ b - a ⊙ c = a ⊙ (b - c)",         e => e is Add a ? HadamardRules.CommonFactor(a) : null),
        new("inner-common-right",        "<A, C> - <B, C> = <A - B, C>",        e => e is Add a ? InnerRules.CommonRight(a) : null),
        new("collect-like-terms",        "2G - G = G, a ⊙ b + b ⊙ a = 2 a ⊙ b", e => e is Add a ? SumRules.Collect(a) : null),
        new("collect-coefficients",      "s A + t A = (s + t)A, σA - σ²A = σ(1 - σ)A", e => e is Add a ? SumRules.CollectCoefficients(a) : null),
        new("common-coefficient",        "(2/N)A - (2/N)B = (2/N)(A - B)",      e => e is Add a ? SumRules.CommonCoefficient(a) : null),
        new("factor-common",             "AB + AC = A(B + C), BA + CA = (B + C)A", e => e is Add a ? AddRules.Factor(a) : null),
        // scalars
        new("negate-sum",                "-(a - b) = b - a",                    e => e is Scale s ? ScalarRules.NegatedInside(s) : null),
        new("gather-scalars",            "k (n/d) B: constants and scalar factors in front", e => e is Scale or Divide ? ScalarRules.Gathered(e) : null),
    ];
}
