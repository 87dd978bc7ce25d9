using MatrixCalculus.Semantics;

namespace MatrixCalculus.Terms;

/// <summary>
/// Smart constructors. Invariants of what they build:
/// - Add is flat, has ≥ 2 terms of one shape, no Zero term, at most one Const term (folded);
/// - MatMul is flat, has ≥ 2 factors, no Identity factor, no scalar-shaped factor (pulled into a
///   Scale in front), and a Zero factor makes the whole product Zero;
/// - Scale has a scalar coefficient that is neither 0 nor 1, a constant coefficient comes first
///   (Scale(Const, Scale(s, A)), never the other way round) and two constants are folded;
/// - Transpose never wraps a Transpose, a scalar, a symmetric variable, I, 0 or a constant;
/// - Inverse never wraps an Inverse or I; the inverse of a scalar is 1/s.
/// A shape mismatch here is a bug (the binder has already reported user errors with spans).
/// </summary>
public static partial class Ex
{
    public static Expr Num(double value) => new Const(value);
    public static readonly Expr One = new Const(1);
    public static readonly Expr ZeroScalar = new Zero(Shape.Scalar);

    public static Expr Add(params Expr[] terms) => Add((IEnumerable<Expr>)terms);

    public static Expr Add(IEnumerable<Expr> terms)
    {
        var flat = new List<Expr>();
        Shape? shape = null;
        double constant = 0;
        int constantIndex = -1;
        foreach (var term in Flatten(terms))
        {
            shape ??= term.Shape;
            if (term.Shape != shape)
                throw new InvalidOperationException($"Add of mismatched shapes {shape} and {term.Shape}: {term}");
            switch (term)
            {
                case Zero: break;
                case Const c:
                    constant += c.Value;
                    if (constantIndex < 0) { constantIndex = flat.Count; flat.Add(term); }
                    break;
                default: flat.Add(term); break;
            }
        }
        if (shape is null) throw new InvalidOperationException("Add of no terms.");
        if (constantIndex >= 0)
        {
            if (constant == 0) flat.RemoveAt(constantIndex);
            else flat[constantIndex] = new Const(constant);
        }
        return flat.Count switch
        {
            0 => new Zero(shape),
            1 => flat[0],
            _ => new Add(flat.ToSeq()),
        };

        static IEnumerable<Expr> Flatten(IEnumerable<Expr> items)
        {
            foreach (var item in items)
                if (item is Add nested) foreach (var inner in nested.Terms) yield return inner;
                else yield return item;
        }
    }

    public static Expr Sub(Expr a, Expr b) => Add(a, Neg(b));
    public static Expr Neg(Expr a) => Scale(new Const(-1), a);

    /// <summary>Product by shape: scalar times anything is a Scale, otherwise a matrix product.</summary>
    public static Expr Mul(Expr a, Expr b) => MatMul(a, b);

    public static Expr MatMul(params Expr[] factors) => MatMul((IEnumerable<Expr>)factors);

    public static Expr MatMul(IEnumerable<Expr> factors)
    {
        var coefficients = new List<Expr>();
        var body = new List<Expr>();
        Expr? identity = null;
        foreach (var factor in factors)
            Collect(factor);
        if (body.Count == 0 && identity is not null) body.Add(identity);
        if (body.Count == 0 && coefficients.Count == 0)
            throw new InvalidOperationException("MatMul of no factors.");
        for (int i = 1; i < body.Count; i++)
            if (body[i - 1].Shape.Cols != body[i].Shape.Rows)
                throw new InvalidOperationException($"MatMul of mismatched shapes {body[i - 1].Shape} and {body[i].Shape}.");

        Expr result;
        if (body.Count == 0)
        {
            // A product of scalars only: s1 s2 … sk as nested Scales.
            result = coefficients[^1];
            coefficients.RemoveAt(coefficients.Count - 1);
        }
        else if (body.Any(f => f is Zero))
            return new Zero(new Shape(body[0].Shape.Rows, body[^1].Shape.Cols));
        else
            result = body.Count == 1 ? body[0] : new MatMul(body.ToSeq());
        for (int i = coefficients.Count - 1; i >= 0; i--) result = Scale(coefficients[i], result);
        return result;

        void Collect(Expr factor)
        {
            switch (factor)
            {
                // A scalar product such as x'y is a coefficient: flattening it into its neighbours
                // would chain x' y z, which is ill-shaped when z is a column.
                case MatMul m when !m.Shape.IsScalar: foreach (var f in m.Factors) Collect(f); break;
                case Scale s: coefficients.Add(s.Coefficient); Collect(s.Body); break;
                case Identity: identity = factor; break;
                case var f when f.Shape.IsScalar: coefficients.Add(f); break;
                default: body.Add(factor); break;
            }
        }
    }
}
