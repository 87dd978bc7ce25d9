using MatrixCalculus.Numerics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// A straight-line program printed from terms: each distinct subterm is computed once, subterms
/// read more than once are kept in temporaries (<c>_t1</c>, <c>_t2</c>, … in the order computed),
/// and the rest are written inline. A section nested in another (the body of a loop over
/// directions) reads the temporaries of its enclosing section, and whatever of its terms does
/// not depend on the loop's directions is computed once, before the loop, by the enclosing section.
/// </summary>
internal sealed class StraightLine
{
    private readonly IBackend backend;
    private readonly StraightLine? enclosing;
    private readonly IReadOnlyDictionary<string, string> symbols;
    private readonly Dictionary<Expr, string> names = new();
    private readonly Dictionary<Expr, int> uses = new();
    private readonly Counter counter;

    public List<string> Lines { get; } = [];

    private sealed class Counter { public int Next = 1; }

    /// <param name="symbols">the name of each symbol (and direction) in code.</param>
    public StraightLine(IBackend backend, IReadOnlyDictionary<string, string> symbols)
        : this(backend, symbols, null, new Counter()) { }

    private StraightLine(IBackend backend, IReadOnlyDictionary<string, string> symbols, StraightLine? enclosing, Counter counter)
    {
        (this.backend, this.symbols, this.enclosing, this.counter) = (backend, symbols, enclosing, counter);
    }

    /// <summary>
    /// A section for the body of a loop in which <paramref name="varying"/> (the directions) take
    /// new values: the parts of <paramref name="roots"/> free of them are computed here, once.
    /// </summary>
    public StraightLine Loop(IReadOnlyCollection<string> varying, IReadOnlyDictionary<string, string> bodySymbols, params Expr[] roots)
    {
        foreach (var root in roots) HoistInvariants(root, varying);
        var body = new StraightLine(backend, bodySymbols, this, counter);
        body.Count(roots);
        return body;
    }

    /// <summary>Records every root before any is emitted, so that sharing across roots is seen.</summary>
    public void Count(params Expr[] roots)
    {
        var seen = new HashSet<Expr>();
        foreach (var root in roots) Visit(root, seen);
        void Visit(Expr e, HashSet<Expr> visited)
        {
            uses[e] = uses.GetValueOrDefault(e) + 1;
            if (!visited.Add(e)) return;
            foreach (var operand in Kernel.Of(e).Operands) Visit(operand, visited);
        }
    }

    /// <summary>Emits <paramref name="root"/> into <paramref name="target"/>.</summary>
    public void Bind(string target, Expr root) => Lines.Add(backend.Assign(target, Emit(root)));

    /// <summary>The code of <paramref name="e"/>, emitting the temporaries it needs first.</summary>
    public Fragment Emit(Expr e)
    {
        if (Known(e) is { } name) return Fragment.Atom(name);
        switch (e)
        {
            case Var v: return Fragment.Atom(symbols[v.Name]);
            case Const c: return backend.Number(c.Value);
        }
        if (ConstantScalar(e) is { } number) return backend.Number(number);
        var kernel = Kernel.Of(e);
        var code = backend.Render(e, kernel, kernel.Operands.Select(Emit).ToList());
        if (uses.GetValueOrDefault(e) < 2) return code;
        return Fragment.Atom(Temporary(e, code));
    }

    // A scalar without symbols (tanh(0), log det of a number) is a number: computed here, once,
    // so no library is asked to apply a function to a plain Python float.
    private static double? ConstantScalar(Expr e)
    {
        if (!e.Shape.IsScalar || e.Descendants().Any(d => d is Var)) return null;
        try
        {
            return Evaluator.EvaluateScalar(e, NoPoint);
        }
        catch (Exception ex) when (ex is EvaluationException or InvalidOperationException)
        {
            return null;
        }
    }

    private static readonly Numerics.Environment NoPoint = new(new Dictionary<string, MathNet.Numerics.LinearAlgebra.Matrix<double>>(), new Dictionary<string, int>());

    private string Temporary(Expr e, Fragment code)
    {
        var name = $"_t{counter.Next++}";
        Lines.Add(backend.Assign(name, code));
        names[e] = name;
        return name;
    }

    private string? Known(Expr e) => names.TryGetValue(e, out var name) ? name : enclosing?.Known(e);

    // The largest subterms free of the varying names become temporaries of this section.
    private void HoistInvariants(Expr e, IReadOnlyCollection<string> varying)
    {
        if (e is Var or Const) return;
        if (!Mentions(e, varying))
        {
            var code = Emit(e);
            if (Known(e) is null) Temporary(e, code);
            return;
        }
        foreach (var operand in Kernel.Of(e).Operands) HoistInvariants(operand, varying);
    }

    private static bool Mentions(Expr e, IReadOnlyCollection<string> names) =>
        e is Var v ? names.Contains(v.Name) : e.Children().Any(child => Mentions(child, names));
}
