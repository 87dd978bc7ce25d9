using CsCheck;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using F = MatrixCalculus.Terms.ElementFunction;

namespace MatrixCalculus.Tests.Support;

// Batches: softmax, log-softmax and logsumexp of each row or each column of a matrix. A softmax of
// a row is one softmax and of a column per column; a column is a batch of rows of one entry each
// (all ones), so softmax_rows is generated for shapes with more than one column, softmax_cols for
// more than one row. Their arguments are bounded so that exp stays tame, as for softmax(v).
public static partial class ExprGenerator
{
    private static IEnumerable<(int, IGen<Expr>)> BatchProductions(Shape shape, Domain domain, Child c)
    {
        if (shape.IsScalar) yield break;
        var bounded = c[shape, Domain.Bounded];
        // softmax entries lie in (0, 1): any, bounded and positive.
        var along = new List<Axis>();
        if (!shape.IsColumn) along.Add(Axis.Rows);
        if (!shape.IsRow) along.Add(Axis.Cols);
        if (along.Count > 0 && domain is Domain.Any or Domain.Bounded or Domain.Positive)
            yield return P(1, Gen.Select(Gen.OneOf(along.ToArray()), bounded, Ex.SoftmaxAlong));
        // log softmax ≤ 0 and logsumexp of a bounded slice is bounded by its size: values for Any.
        if (along.Count > 0 && domain == Domain.Any)
            yield return P(1, Gen.Select(Gen.OneOf(along.ToArray()), bounded, (a, t) => Ex.Apply(F.Log, Ex.SoftmaxAlong(a, t))));
        if (domain == Domain.Any && shape.IsColumn)
            yield return P(1, BaseDim.SelectMany(d => c[new Shape(shape.Rows, d), Domain.Bounded]).Select(t => Ex.LogSumExpAlong(Axis.Rows, t)));
        if (domain == Domain.Any && shape.IsRow)
            yield return P(1, BaseDim.SelectMany(d => c[new Shape(d, shape.Cols), Domain.Bounded]).Select(t => Ex.LogSumExpAlong(Axis.Cols, t)));
    }
}
