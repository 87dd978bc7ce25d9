using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>NumPy: stable σ, softplus, softmax and logsumexp; log det by slogdet; solves, not inverses.</summary>
internal sealed class NumPyBackend : PythonBackend
{
    public override string Lib => "_np";

    protected override Fragment Filled(string function, Shape shape) =>
        Fragment.Atom($"_np.{function}(({Size(shape.Rows)}, {Size(shape.Cols)}))");

    protected override Fragment Eye(string size) => Fragment.Atom($"_np.eye({size})");

    protected override Fragment LogDetOf(Fragment a) => Helper("_logdet", a);

    public override Fragment Solve(Fragment a, Fragment b) => Fragment.Atom($"_np.linalg.solve({a.Code}, {b.Code})");

    protected override Fragment DiagonalMatrix(Fragment v) => Fragment.Atom($"_np.diagflat({v.Code})");

    protected override Fragment SoftmaxOf(Fragment v) => Helper("_softmax", v);

    protected override Fragment LogSumExpOf(Fragment a) => Helper("_logsumexp", a);

    protected override Fragment BatchSoftmaxOf(Fragment t, int axis) => Helper("_softmax_along", t, Fragment.Atom(axis.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    protected override Fragment BatchLogSumExpOf(Fragment t, int axis) => Helper("_logsumexp_along", t, Fragment.Atom(axis.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    protected override Fragment InnerOf(Fragment a, Fragment b) => Fragment.Atom($"_np.vdot({a.Code}, {b.Code})");

    protected override Fragment Function(ElementFunction f, Fragment x) => f switch
    {
        ElementFunction.Sigmoid => Helper("_sigmoid", x),
        // softplus(x) = log(1 + eˣ) = logaddexp(0, x), without overflow
        ElementFunction.Softplus => Fragment.Atom($"_np.logaddexp(0.0, {x.Code})"),
        ElementFunction.Relu => Fragment.Atom($"_np.maximum({x.Code}, 0.0)"),
        // step(x) = [x > 0]
        ElementFunction.Step => Fragment.Atom($"_np.heaviside({x.Code}, 0.0)"),
        _ => Fragment.Atom($"_np.{Functions.Name(f)}({x.Code})"),
    };

    /// <summary>The helpers' definitions, by name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Definitions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["_logdet"] = """
            def _logdet(a):
                # log det from the LU factors (slogdet): det itself under- or overflows long before its log
                sign, value = _np.linalg.slogdet(a)
                if sign <= 0:
                    raise ValueError("log det of a matrix whose determinant is not positive")
                return value
            """,
        ["_sigmoid"] = """
            def _sigmoid(x):
                # σ(x) = exp(-softplus(-x)): no overflow for large |x|, full relative precision in both tails
                return _np.exp(-_np.logaddexp(0.0, -x))
            """,
        ["_softmax"] = """
            def _softmax(v):
                # softmax(v) = exp(v - max v) / Σ exp(v - max v): the shift cancels and keeps exp finite
                e = _np.exp(v - _np.max(v))
                return e / _np.sum(e)
            """,
        ["_softmax_along"] = """
            def _softmax_along(t, axis):
                # softmax of each row (axis 1) or column (axis 0), each slice shifted by its own max
                e = _np.exp(t - _np.max(t, axis=axis, keepdims=True))
                return e / _np.sum(e, axis=axis, keepdims=True)
            """,
        ["_logsumexp_along"] = """
            def _logsumexp_along(t, axis):
                # logsumexp of each row (a column) or column (a row), each slice shifted by its own max
                m = _np.max(t, axis=axis, keepdims=True)
                return m + _np.log(_np.sum(_np.exp(t - m), axis=axis, keepdims=True))
            """,
        ["_logsumexp"] = """
            def _logsumexp(a):
                # logsumexp(a) = max a + log Σ exp(a - max a), free of overflow
                m = _np.max(a)
                return m + _np.log(_np.sum(_np.exp(a - m)))
            """,
    };
}
