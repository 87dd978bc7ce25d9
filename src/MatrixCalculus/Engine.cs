using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Numerics.Blas;
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
    // The linear-algebra code (OpenBLAS or managed, MATCALC_BLAS) is chosen once, before any number is computed.
    static Engine() => Blas.UseFromEnvironment();

    /// <summary>Parses and binds <paramref name="expression"/> under <paramref name="declarations"/> (the <c>--let</c> text).</summary>
    public static CompiledExpression Compile(string expression, string? declarations = null) =>
        new(expression, declarations, Frontend.Compile(expression, declarations));

    /// <summary>
    /// The same, told the names the user gave as symbols besides the declarations (the variable
    /// of <c>--wrt</c>, the keys of a point file): <c>bias</c> among them is one symbol, not b·i·a·s.
    /// </summary>
    public static CompiledExpression Compile(string expression, string? declarations, IReadOnlyCollection<string> givenNames) =>
        new(expression, declarations, Frontend.Compile(expression, declarations, givenNames));

    /// <summary>
    /// Reads a POINT.json text giving a value to every symbol of the expression. A declared
    /// symbol the expression does not use may be given too: its value fixes the sizes it declares.
    /// </summary>
    public static Environment ReadPoint(CompiledExpression compiled, string json) =>
        PointReader.Read(json, compiled.Symbols, DeclaredSymbols.NotIn(compiled.Declarations, compiled.Symbols));

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
        var variable = Variable(compiled, wrt);
        return AtWholeExpression(compiled, () => Differentiation.Run(compiled.Expression, variable, order, layout));
    }

    /// <summary>
    /// The derivatives with respect to several variables (<c>--wrt w,b</c>), each as
    /// <see cref="Differentiate(CompiledExpression, string, int, Layout)"/> gives it, in the order
    /// given; at order 2 also the mixed blocks ∂²f/∂vᵢ∂vⱼ (i &lt; j), each the derivative of ∇_vᵢ f
    /// with respect to vⱼ. A name given twice is an error, as is an empty list.
    /// </summary>
    public static MultiDerivation Differentiate(CompiledExpression compiled, IReadOnlyList<string> wrt, int order = 1, Layout layout = Layout.Numerator)
    {
        if (wrt.Count == 0)
            throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.Usage, "--wrt needs the name of a variable of the expression.", SourceSpan.None, "", "command line"));
        var variables = new List<Var>();
        foreach (var name in wrt)
        {
            var variable = Variable(compiled, name);
            if (variables.Contains(variable))
                throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.Usage,
                    $"`{name.Trim()}` is given twice in --wrt; name each variable once.", SourceSpan.None, "", "command line"));
            variables.Add(variable);
        }
        var derivatives = variables.Select(v => AtWholeExpression(compiled, () => Differentiation.Run(compiled.Expression, v, order, layout))).ToList();
        var mixed = new List<Derivation>();
        if (order == 2)
            for (int i = 0; i < variables.Count; i++)
                for (int j = i + 1; j < variables.Count; j++)
                {
                    var (first, second) = (variables[i], variables[j]);
                    mixed.Add(AtWholeExpression(compiled, () => Differentiation.Mixed(compiled.Expression, first, second)));
                }
        return new MultiDerivation(derivatives, mixed);
    }

    /// <summary>
    /// The variable is named as in the expression: `--wrt alpha` is α, `--wrt W_{2}` is W_2.
    /// A name that is not a symbol of the expression is an error shown under the whole expression.
    /// </summary>
    private static Var Variable(CompiledExpression compiled, string wrt)
    {
        var name = SymbolNames.Normalize(wrt.Trim());
        return compiled.Symbols.FirstOrDefault(symbol => symbol.Name == name)
            ?? throw new MatrixCalculusException(new Diagnostic(DiagnosticCode.UnknownVariable,
                $"no symbol `{wrt}` in the expression.", compiled.WholeSpan, compiled.Source));
    }

    // A derivative that does not exist for this expression (the Hessian of a vector) is shown under the whole expression.
    private static Derivation AtWholeExpression(CompiledExpression compiled, Func<Derivation> differentiate)
    {
        try
        {
            return differentiate();
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
    /// <summary>The bound term, every symbol with its shape.</summary>
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
