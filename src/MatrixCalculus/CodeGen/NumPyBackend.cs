using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>NumPy: stable σ, softplus, softmax and logsumexp; log det by slogdet; solves, not inverses.</summary>
internal sealed class NumPyBackend : PythonBackend
{
    public override string Lib => "_np";

    public override string ScalarConstant(double value) => Number(value);
    public override string Full(string rows, string cols, double value) => $"_np.full(({rows}, {cols}), {Number(value)})";
    public override string Zeros(string rows, string cols) => $"_np.zeros(({rows}, {cols}))";
    public override string Eye(string size) => $"_np.eye({size})";
    public override string Solve(string a, string b) => $"_np.linalg.solve({a}, {b})";
    public override string LogDet(string a) => Helper("_logdet", a);
    public override string Kron(string a, string b) => $"_np.kron({a}, {b})";
    public override string Inner(string a, string b) => $"_np.vdot({a}, {b})";
    public override string LogSumExp(string a) => Helper("_logsumexp", a);
    public override string Softmax(string a) => Helper("_softmax", a);
    public override string DiagonalMatrix(string v) => $"_np.diagflat({v})";
    public override string AddDiagonal(string m, string v) => $"{m} + _np.diagflat({v})";
    public override string ReshapeColumnMajor(string a, string rows, string cols) => $"_np.reshape({a}, ({rows}, {cols}), order=\"F\")";
    public override string Outer(string u, string v) => $"_np.outer({u}, {v})";
    public override string Stack(string list, int axis) => $"_np.stack({list}, axis={axis})";
    public override string Commute(string k, string m, string n) => $"{k}.reshape(-1, {m}, {n}).transpose(0, 2, 1).reshape(-1, {m} * {n})";

    public override string Function(ElementFunction f, string x) => f switch
    {
        ElementFunction.Sigmoid => Helper("_sigmoid", x),
        // softplus(x) = log(1 + eˣ) = logaddexp(0, x), without overflow
        ElementFunction.Softplus => $"_np.logaddexp(0.0, {x})",
        ElementFunction.Relu => $"_np.maximum({x}, 0.0)",
        // step(x) = [x > 0]
        ElementFunction.Step => $"_np.heaviside({x}, 0.0)",
        _ => $"_np.{Functions.Name(f)}({x})",
    };

    public override IReadOnlyDictionary<string, string> Definitions => Helpers_;

    private static readonly IReadOnlyDictionary<string, string> Helpers_ = new Dictionary<string, string>(StringComparer.Ordinal)
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
        ["_logsumexp"] = """
            def _logsumexp(a):
                # logsumexp(a) = max a + log Σ exp(a - max a), free of overflow
                m = _np.max(a)
                return m + _np.log(_np.sum(_np.exp(a - m)))
            """,
    };
}
