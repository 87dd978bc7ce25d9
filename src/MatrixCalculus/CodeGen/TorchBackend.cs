using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// PyTorch: every tensor is made on the device and with the dtype of the inputs (<c>_dev</c>,
/// <c>_dt</c>), nothing leaves the device, and every operation is differentiable by autograd.
/// </summary>
internal sealed class TorchBackend : PythonBackend
{
    public override string Lib => "_torch";

    private const string Like = "dtype=_dt, device=_dev";

    public override string ScalarConstant(double value) => $"_torch.tensor({Number(value)}, {Like})";
    public override string Full(string rows, string cols, double value) => $"_torch.full(({rows}, {cols}), {Number(value)}, {Like})";
    public override string Zeros(string rows, string cols) => $"_torch.zeros(({rows}, {cols}), {Like})";
    public override string Eye(string size) => $"_torch.eye({size}, {Like})";
    public override string Solve(string a, string b) => $"_torch.linalg.solve({a}, {b})";
    public override string LogDet(string a) => Helper("_logdet", a);
    // torch.kron views its arguments and fails on a transposed one; .contiguous() is not enough for a
    // column made by transposing a row (torch 1.13 calls its strides contiguous), a fresh copy is.
    public override string Kron(string a, string b) =>
        $"_torch.kron({a}.clone(memory_format=_torch.contiguous_format), {b}.clone(memory_format=_torch.contiguous_format))";
    public override string Inner(string a, string b) => $"_torch.sum({a} * {b})";
    public override string LogSumExp(string a) => $"_torch.logsumexp({a}.reshape(-1), dim=0)";
    public override string Softmax(string a) => $"_torch.softmax({a}.reshape(-1), dim=0).reshape({a}.shape)";
    public override string DiagonalMatrix(string v) => $"_torch.diag({v}.reshape(-1))";
    public override string AddDiagonal(string m, string v) => $"{m} + _torch.diag({v}.reshape(-1))";
    // column-major: the row-major reshape of the transpose, transposed back
    public override string ReshapeColumnMajor(string a, string rows, string cols) => $"{a}.T.reshape({cols}, {rows}).T";
    public override string Outer(string u, string v) => $"_torch.outer({u}, {v})";
    public override string Stack(string list, int axis) => $"_torch.stack({list}, dim={axis})";
    public override string Commute(string k, string m, string n) => $"{k}.reshape(-1, {m}, {n}).permute(0, 2, 1).reshape(-1, {m} * {n})";

    public override string BatchSoftmax(string a, int axis, bool log) => $"_torch.{(log ? "log_softmax" : "softmax")}({a}, dim={axis})";
    public override string BatchLogSumExp(string a, int axis) => $"_torch.logsumexp({a}, dim={axis}, keepdim=True)";

    public override string Function(ElementFunction f, string x) => f switch
    {
        ElementFunction.Arcsin => $"_torch.asin({x})",
        ElementFunction.Arccos => $"_torch.acos({x})",
        ElementFunction.Arctan => $"_torch.atan({x})",
        ElementFunction.Sigmoid => $"_torch.sigmoid({x})",
        // softplus(x) = logaddexp(x, 0) exactly (torch's softplus switches to x above a threshold)
        ElementFunction.Softplus => $"_torch.logaddexp({x}, _torch.zeros_like({x}))",
        ElementFunction.Relu => $"_torch.relu({x})",
        // step(x) = [x > 0]
        ElementFunction.Step => $"({x} > 0).to({x}.dtype)",
        _ => $"_torch.{Functions.Name(f)}({x})",
    };

    public override IReadOnlyDictionary<string, string> Definitions => Helpers_;

    private static readonly IReadOnlyDictionary<string, string> Helpers_ = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["_logdet"] = """
            def _logdet(a):
                # log det from the LU factors (slogdet): det itself under- or overflows long before its log
                sign, value = _torch.linalg.slogdet(a)
                if sign <= 0:
                    raise ValueError("log det of a matrix whose determinant is not positive")
                return value
            """,
    };
}
