using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Printing;

/// <summary>
/// The few terms whose text reads back as another tree of the same value, because the language
/// has no spelling for them: sizes n·m (I_{n·m} prints kron(I_n, I_m), 1_{n·m} prints
/// kron(1_n, 1_m)), the ones matrix (1_m 1_n'), the scalar zero (reads back as the constant 0),
/// and a scalar to the power -1, which Ex.Power keeps but the binder reads (s^-1) as 1/s. Both
/// sides of a round trip are compared after rewriting these to one form.
/// </summary>
public static class ReadBackEquivalence
{
    // A whole zero prints as 0 and reads back as the number 0 (also one that folds to 0 when read: k 0^10 X).
    public static Expr Normalize(Expr e) => WholeZero(e.Postwalk(node => node switch
    {
        // I_n ⊗ I_m = I_{nm}
        Kron(Identity a, Identity b) => new Identity(DimOps.Times(a.N, b.N)),
        // 1_n ⊗ 1_m = 1_{nm}
        Kron(Ones { Of.Cols.IsOne: true } a, Ones { Of.Cols.IsOne: true } b) => new Ones(Shape.Column(DimOps.Times(a.Of.Rows, b.Of.Rows))),
        // 1_m 1_n' = the m×n matrix of ones
        MatMul { Factors: [Ones { Of.Cols.IsOne: true } column, Ones { Of.Rows.IsOne: true } row] } =>
            new Ones(new Shape(column.Of.Rows, row.Of.Cols)),
        Zero { Of.IsScalar: true } => Ex.Num(0),
        // s^-1 = 1/s
        Power(var s, Const { Value: -1 }) when s.Shape.IsScalar => Ex.Inverse(s),
        _ => node,
    }));

    private static Expr WholeZero(Expr e) => e is Zero ? Ex.Num(0) : e;
}
