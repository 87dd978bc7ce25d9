using System.Collections.Concurrent;
using CsCheck;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Support;

/// <summary>
/// What a generated term is guaranteed to satisfy at every point of the variables, by construction
/// (not by luck of the random point), so that every function it is fed to is inside its domain.
/// </summary>
public enum Domain
{
    /// <summary>Any finite real entries.</summary>
    Any,
    /// <summary>
    /// Entries of magnitude at most 2 when the variables' entries are (as random points make them,
    /// but for a square variable that is made spd because it also appears under an inverse): safe
    /// under exp, sin and cos without overflow or fast oscillation. A magnitude guard, not a domain.
    /// </summary>
    Bounded,
    /// <summary>Entries strictly positive: safe under log, sqrt, fractional powers and as a denominator.</summary>
    Positive,
    /// <summary>Entries of magnitude at most 0.9: safe under arcsin, arccos and tan, away from their singular points.</summary>
    Unit,
    /// <summary>A symmetric positive definite matrix: safe under inverse, det, log det and negative powers.</summary>
    Spd,
}

/// <summary>
/// Random well-shaped terms over the whole term language (every node of Expr.cs but the
/// differential), built type-directed: a term of a requested shape and domain is a production
/// whose sub-terms are requested with compatible shapes and the domains their parent needs, down
/// to a depth bound. Every term is built through the smart constructors, so it satisfies the
/// invariants the calculus expects. Generators are memoized per (shape, domain, depth); productions
/// that choose a sub-shape do so lazily, so building a generator never recurses at the same depth.
/// </summary>
public static partial class ExprGenerator
{
    public const int MaxDepth = 4;

    private static readonly ConcurrentDictionary<(Shape Shape, Domain Domain, int Depth), Gen<Expr>> Memo = new();

    /// <summary>A term of <paramref name="shape"/> in <paramref name="domain"/>, at most <paramref name="depth"/> productions deep.</summary>
    public static Gen<Expr> Term(Shape shape, Domain domain, int depth)
    {
        if (domain == Domain.Spd && !shape.IsSquare)
            throw new ArgumentException($"an spd term must be square, not {shape}.", nameof(domain));
        return Memo.GetOrAdd((shape, domain, Math.Max(depth, 0)), key => Build(key.Shape, key.Domain, key.Depth));
    }

    /// <summary>A term of <paramref name="shape"/> with a random depth from 1 to <see cref="MaxDepth"/>.</summary>
    public static Gen<Expr> Term(Shape shape, Domain domain = Domain.Any) =>
        Gen.Int[1, MaxDepth].SelectMany(depth => Term(shape, domain, depth));

    private static Gen<Expr> Build(Shape shape, Domain domain, int depth)
    {
        var productions = new List<(int, IGen<Expr>)>();
        var leaves = Leaves(shape, domain);
        if (depth == 0) return Gen.Frequency(leaves.ToArray()).Select(e => Checked(e, shape));
        productions.AddRange(leaves);
        var child = new Child(depth - 1);
        // Productions outweigh leaves four to one, so terms use their depth rather than stop early.
        productions.AddRange((domain switch
        {
            Domain.Any => AnyProductions(shape, child),
            Domain.Bounded => BoundedProductions(shape, child),
            Domain.Positive => PositiveProductions(shape, child),
            Domain.Unit => UnitProductions(shape, child),
            Domain.Spd => SpdProductions(shape, child),
            _ => throw new ArgumentOutOfRangeException(nameof(domain)),
        }).Select(p => (4 * p.Item1, p.Item2)));
        return Gen.Frequency(productions.ToArray()).Select(e => Checked(e, shape));
    }

    // A smart constructor that returns another shape than its arguments imply is a bug in Ex, not here.
    private static Expr Checked(Expr e, Shape shape) => e.Shape == shape
        ? e
        : throw new InvalidOperationException($"a smart constructor built {e} of shape {e.Shape} where {shape} was asked for.");

    /// <summary>Sub-terms one level down: <c>c[shape, domain]</c>.</summary>
    private readonly record struct Child(int Depth)
    {
        public Gen<Expr> this[Shape shape, Domain domain] => Term(shape, domain, Depth);
    }

    private static (int, IGen<Expr>) P(int weight, Gen<Expr> gen) => (weight, gen);

    /// <summary>A sub-term whose shape is drawn when sampling (so the generator graph stays finite).</summary>
    private static Gen<Expr> Over(Gen<Shape> shapes, Func<Shape, Gen<Expr>> make) => shapes.SelectMany(make);
}
