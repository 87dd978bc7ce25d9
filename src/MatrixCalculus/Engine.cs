using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Semantics;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus;

/// <summary>
/// The small public façade: text in, terms, values, derivatives and checks out. It only delegates
/// (to the front end, the evaluator, differentiation and the checker) and turns their failures
/// about the input into <see cref="MatrixCalculusException"/>s that point into the expression.
/// </summary>
public static class Engine
{
    /// <summary>Parses and binds <paramref name="expression"/> under <paramref name="declarations"/> (the <c>--let</c> text).</summary>
    public static CompiledExpression Compile(string expression, string? declarations = null) =>
        new(expression, declarations, Frontend.Compile(expression, declarations));

    /// <summary>Reads a POINT.json text giving a value to every symbol of the expression.</summary>
    public static Environment ReadPoint(CompiledExpression compiled, string json) =>
        PointReader.Read(json, compiled.Symbols);

    /// <summary>
    /// Reads V.json, the direction v of a Hessian-vector product: the value (<c>[1, 2]</c>) or
    /// <c>{"x": [1, 2]}</c>, sized as the variable at <paramref name="at"/>.
    /// </summary>
    public static Matrix<double> ReadDirection(Derivation derivation, string json, Environment at) =>
        DirectionReader.Read(json, derivation.Wrt, at);

    /// <summary>The value of the expression at the point (a vector is n×1, a scalar 1×1).</summary>
    public static Matrix<double> Evaluate(CompiledExpression compiled, Environment at) =>
        Guarded(compiled, () => DerivativeValue.Value(compiled.Expression, at));

    /// <summary>
    /// The derivative of order 1 or 2 with respect to the symbol named <paramref name="wrt"/>.
    /// The name is spelled as in the expression (<c>alpha</c> is <c>α</c>).
    /// A name that is not a symbol of the expression, and a derivative that does not exist for
    /// this expression (the Hessian of a vector), are errors shown under the whole expression.
    /// </summary>
    public static Derivation Differentiate(CompiledExpression compiled, string wrt, int order = 1, Layout layout = Layout.Numerator)
    {
        // The variable is named as in the expression: `--wrt alpha` is α, `--wrt W_{2}` is W_2.
        var name = SymbolNames.Normalize(wrt.Trim());
        var variable = compiled.Symbols.FirstOrDefault(symbol => symbol.Name == name)
            ?? throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.UnknownVariable,
                $"no symbol `{wrt}` in the expression.", compiled.WholeSpan, compiled.Source));
        try
        {
            return Differentiation.Run(compiled.Expression, variable, order, layout);
        }
        catch (MatrixCalculusException e) when (e.Diagnostic.Span.IsNone)
        {
            throw new MatrixCalculusException(e.Diagnostic with { Span = compiled.WholeSpan, Source = compiled.Source, SourceName = "expression" });
        }
    }

    /// <summary>The numbers of the derivative at the point, in the contract's layout.</summary>
    public static Matrix<double> EvaluateDerivative(CompiledExpression compiled, Derivation derivation, Environment at) =>
        Guarded(compiled, () => DerivativeValue.Evaluate(derivation, at), "the derivative is undefined at this point: ");

    /// <summary>
    /// H v, the Hessian (<paramref name="derivation"/>, of order 2) applied to <paramref name="v"/>
    /// without forming H: for a vector variable a few matrix-vector products, a small multiple of
    /// the gradient's cost; for a matrix variable H[V]. <paramref name="v"/> has the variable's shape.
    /// </summary>
    public static Matrix<double> HessianVectorProduct(CompiledExpression compiled, Derivation derivation, Environment at, Matrix<double> v)
    {
        if (derivation.Order != 2)
            throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.Usage,
                "a Hessian-vector product needs the second derivative (order 2).", SourceSpan.None, ""));
        return Guarded(compiled, () => DerivativeValue.HessianVectorProduct(derivation, at, v), "the derivative is undefined at this point: ");
    }

    /// <summary>
    /// Compile once, evaluate many: f, the derivative and (with <paramref name="hessianVectorProduct"/>,
    /// for an order-2 derivation) H v lowered to one program that shares their common subterms.
    /// </summary>
    public static LoweredDerivation Lower(CompiledExpression compiled, Derivation derivation, bool hessianVectorProduct = false)
    {
        var along = hessianVectorProduct && derivation.Order == 2 ? DerivationProgram.AlongFor(derivation) : null;
        return new LoweredDerivation(compiled, derivation, DerivationProgram.Lower(derivation, withValue: true, along), along);
    }

    /// <summary>
    /// Compares the derivative with central finite differences at <paramref name="at"/>, or at the
    /// random point drawn from <paramref name="seed"/> when no point is given (the seed also
    /// draws the directions).
    /// </summary>
    /// <remarks>
    /// Where the check cannot be trusted the report says so, beside the checker's own warnings
    /// (a point on a kink): a nearly singular matrix (<see cref="Conditioning"/>) or a kink a
    /// finite-difference step away (<see cref="KinkSteps"/>). A value undefined at the point is an
    /// error naming f or its derivative; one undefined only a step away says that instead.
    /// </remarks>
    public static CheckReport Check(CompiledExpression compiled, Derivation derivation, Environment? at = null, int seed = 1)
    {
        var point = at ?? Guarded(compiled, () => RandomPoint.Generate(compiled.Expression, compiled.Symbols, seed));
        var wrt = derivation.Wrt;
        Guarded(compiled, () => DerivativeValue.Value(compiled.Expression, point));
        Guarded(compiled, () => DerivativeValue.Apply(derivation, point, point[wrt.Name]), "the derivative is undefined at this point: ");
        var report = Guarded(compiled, () => Checker.Check(compiled.Expression, derivation, point, seed),
            "a finite-difference step from this point leaves the domain: ");
        var doubts = Guarded(compiled, () => Conditioning.Warnings(compiled.Expression, point, wrt)
            .Concat(KinkSteps.Warnings(compiled.Expression, point, wrt))
            .Concat(FirstOrderWarnings(compiled.Expression, derivation, point, seed))
            .Where(doubt => !report.Warnings.Contains(doubt))
            .Distinct().ToList());
        // Differences that do not settle need no saying when another warning says why.
        if (report.Warnings.Count + doubts.Count > 1) doubts.RemoveAll(doubt => doubt.StartsWith(SettlingWarningStart, StringComparison.Ordinal));
        return report with { Warnings = [.. report.Warnings, .. doubts] };
    }

    private const string SettlingWarningStart = "the finite differences do not settle";

    // Along the checker's first direction (the same seed draws it first). A second derivative
    // differences the first, which these do not evaluate: order 1 only.
    private static IEnumerable<string> FirstOrderWarnings(Expr f, Derivation derivation, Environment point, int seed)
    {
        if (derivation.Order != 1) yield break;
        var v = FiniteDifference.RandomDirection(derivation.Wrt, point, new Random(seed));
        if (Cancellation.Warning(DerivativeValue.Value(f, point), DerivativeValue.Apply(derivation, point, v),
                FiniteDifference.Step(point[derivation.Wrt.Name]), Checker.FirstOrderTolerance, Checker.AbsoluteTolerance) is { } rounding)
            yield return rounding;
        if (Settling.Warning(env => DerivativeValue.Value(f, env), point, derivation.Wrt, v, Checker.FirstOrderTolerance, Checker.AbsoluteTolerance) is { } unsettled)
            yield return unsettled;
    }

    // Terms carry no spans, so a value undefined at the point is shown under the whole expression;
    // the message names the subexpression at fault.
    // The subexpression at fault may belong to the derivative rather than to the input: the prefix says so.
    internal static T Guarded<T>(CompiledExpression compiled, Func<T> evaluate, string prefix = "")
    {
        try
        {
            return evaluate();
        }
        catch (EvaluationException e)
        {
            var diagnostic = e.ToDiagnostic(compiled.Source, compiled.WholeSpan);
            throw new MatrixCalculusException(diagnostic with { Message = prefix + diagnostic.Message });
        }
    }
}

/// <summary>An expression as written, its declarations, and what the binder made of it.</summary>
public sealed record CompiledExpression(string Source, string? Declarations, BoundExpression Bound)
{
    public Expr Expression => Bound.Expression;

    /// <summary>The symbols of the expression, with their inferred shapes and declared attributes.</summary>
    public IReadOnlyList<Var> Symbols => Bound.Symbols;

    /// <summary>The expression without its surrounding blanks: where an error about all of it points.</summary>
    public SourceSpan WholeSpan
    {
        get
        {
            var start = Source.Length - Source.TrimStart().Length;
            return SourceSpan.At(Source, start, Source.Trim().Length);
        }
    }
}
