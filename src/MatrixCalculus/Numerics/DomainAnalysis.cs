using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>What a random value must satisfy so that the expression is defined at it.</summary>
[Flags]
internal enum Need
{
    None = 0,
    /// <summary>Entries in [0.5, 2]: under log, sqrt, a fractional or negative power, a denominator.</summary>
    Positive = 1,
    /// <summary>Entries in [-0.3, 0.3]: under arcsin/arccos, or subtracted under log or an inverse (1 - y).</summary>
    Small = 2,
    /// <summary>Square matrices symmetric positive definite, vectors and scalars positive: under det, log det, an inverse.</summary>
    Spd = 4,
    /// <summary>Entries in [1.5, 3]: under a log whose value must itself be positive (sqrt(log w)).</summary>
    AboveOne = 8,
}

/// <summary>
/// Walks a term and records, conservatively, which symbols need which domain, and which sizes
/// must not be smaller than others (a product X'X under an inverse is singular unless X has at
/// least as many rows as columns).
/// </summary>
internal sealed class DomainAnalysis
{
    public Dictionary<string, Need> Needs { get; } = new(StringComparer.Ordinal);

    /// <summary>(Outer, Inner): the size named Inner must be at least the size named Outer.</summary>
    public List<(string Outer, string Inner)> AtLeast { get; } = [];

    public static DomainAnalysis Of(Expr e)
    {
        var analysis = new DomainAnalysis();
        analysis.Walk(e, Need.None);
        return analysis;
    }

    private void Walk(Expr e, Need context)
    {
        switch (e)
        {
            case Var v:
                Needs[v.Name] = Needs.GetValueOrDefault(v.Name) | context;
                return;
            case Apply a:
                Walk(a.Arg, ApplyNeed(a.Function, context));
                return;
            // A negated part of something that must stay positive or invertible is kept small (log(1 - y), inv(I - A)).
            case Scale { Coefficient: Const { Value: < 0 } } s when (context & (Need.Positive | Need.Spd)) != 0:
                Walk(s.Body, (context & ~(Need.Positive | Need.Spd)) | Need.Small);
                return;
            case Divide d:
                Walk(d.Numerator, context);
                Walk(d.Denominator, context | Need.Positive);
                return;
            case HadamardDivide h:
                Walk(h.Left, context);
                Walk(h.Right, context | Need.Positive);
                return;
            case Power p:
                Walk(p.Base, context | PowerNeed(p.Exponent, matrix: !p.Base.Shape.IsScalar));
                Walk(p.Exponent, Need.None);
                return;
            case ElementPower p:
                Walk(p.Base, context | PowerNeed(p.Exponent, matrix: false));
                Walk(p.Exponent, Need.None);
                return;
            case Inverse or Det or LogDet:
                WalkInvertible(e.Children()[0], context);
                return;
            // Values that are positive whatever their argument: the argument is free again.
            case Norm or Softmax or LogSumExp or SoftmaxAlong:
                Walk(e.Children()[0], context & ~Need.Positive);
                return;
            default:
                foreach (var child in e.Children()) Walk(child, context);
                return;
        }
    }

    private void WalkInvertible(Expr arg, Need context)
    {
        RecordRankConstraints(arg);
        Walk(arg, context | Need.Spd);
    }

    // A product F₁…Fₖ of outer size m has rank at most its smallest inner size: each must be ≥ m.
    private void RecordRankConstraints(Expr arg)
    {
        foreach (var node in arg.Descendants())
        {
            if (node is not MatMul m || m.Shape.Rows is not Dim.Named outer) continue;
            foreach (var factor in m.Factors.Take(m.Factors.Count - 1))
                if (factor.Shape.Cols is Dim.Named inner && inner.Name != outer.Name)
                    AtLeast.Add((outer.Name, inner.Name));
        }
    }

    private static Need ApplyNeed(ElementFunction f, Need context) => f switch
    {
        // log is positive only above 1: sqrt(w log v) needs v > 1 as well as v > 0
        ElementFunction.Log when context.HasFlag(Need.Positive) => context | Need.AboveOne,
        // log and sqrt are real on positive arguments
        ElementFunction.Log or ElementFunction.Sqrt => context | Need.Positive,
        // arcsin and arccos are real on [-1, 1]
        ElementFunction.Arcsin or ElementFunction.Arccos => context | Need.Small,
        // exp, σ, softplus and |·| are positive (generically) whatever their argument
        ElementFunction.Exp or ElementFunction.Sigmoid or ElementFunction.Softplus or ElementFunction.Abs => context & ~Need.Positive,
        _ => context,
    };

    // s^p needs s > 0 unless p is a constant integer (and s ≠ 0 when p < 0); A^k needs A invertible when k < 0.
    private static Need PowerNeed(Expr exponent, bool matrix)
    {
        bool nonNegativeInteger = exponent is Const { Value: var k } && k == Math.Round(k) && k >= 0;
        return nonNegativeInteger ? Need.None : matrix ? Need.Spd : Need.Positive;
    }
}
