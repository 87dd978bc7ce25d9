using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// PyTorch: every tensor is made on the device and with the dtype of the inputs (<c>_dev</c>,
/// <c>_dt</c>), nothing leaves the device, and every operation is differentiable by autograd.
/// </summary>
internal sealed class TorchBackend : PythonBackend
{
    public override string Lib => "_torch";

    protected override Fragment Filled(string function, Shape shape) =>
        Fragment.Atom($"_torch.{function}(({Size(shape.Rows)}, {Size(shape.Cols)}), dtype=_dt, device=_dev)");

    // torch.kron views its arguments and fails on a transposed (non-contiguous) one
    protected override Fragment KronOf(Fragment a, Fragment b) => Fragment.Atom($"_torch.kron({a.Operand}.contiguous(), {b.Operand}.contiguous())");

    protected override Fragment Eye(string size) => Fragment.Atom($"_torch.eye({size}, dtype=_dt, device=_dev)");

    protected override Fragment LogDetOf(Fragment a) => Helper("_logdet", a);

    public override Fragment Solve(Fragment a, Fragment b) => Fragment.Atom($"_torch.linalg.solve({a.Code}, {b.Code})");

    protected override Fragment DiagonalMatrix(Fragment v) => Fragment.Atom($"_torch.diag({v.Operand}.reshape(-1))");

    protected override Fragment SoftmaxOf(Fragment v) => Fragment.Atom($"_torch.softmax({v.Code}, dim=0)");

    protected override Fragment BatchSoftmaxOf(Fragment t, int axis) => Fragment.Atom($"_torch.softmax({t.Code}, dim={axis})");

    protected override Fragment BatchLogSumExpOf(Fragment t, int axis) => Fragment.Atom($"_torch.logsumexp({t.Code}, dim={axis}, keepdim=True)");

    protected override Fragment LogSumExpOf(Fragment a) => Fragment.Atom($"_torch.logsumexp({a.Operand}.reshape(-1), dim=0)");

    protected override Fragment InnerOf(Fragment a, Fragment b) => Fragment.Atom($"_torch.sum({a.Operand} * {b.Operand})");

    protected override Fragment Function(ElementFunction f, Fragment x) => f switch
    {
        ElementFunction.Arcsin => Fragment.Atom($"_torch.asin({x.Code})"),
        ElementFunction.Arccos => Fragment.Atom($"_torch.acos({x.Code})"),
        ElementFunction.Arctan => Fragment.Atom($"_torch.atan({x.Code})"),
        ElementFunction.Sigmoid => Fragment.Atom($"_torch.sigmoid({x.Code})"),
        // softplus(x) = logaddexp(x, 0) exactly (torch's softplus switches to x above a threshold)
        ElementFunction.Softplus => Fragment.Atom($"_torch.logaddexp({x.Code}, _torch.zeros_like({x.Code}))"),
        ElementFunction.Relu => Fragment.Atom($"_torch.relu({x.Code})"),
        // step(x) = [x > 0]
        ElementFunction.Step => Fragment.Atom($"({x.Operand} > 0).to({x.Operand}.dtype)"),
        _ => Fragment.Atom($"_torch.{Functions.Name(f)}({x.Code})"),
    };

    public static readonly IReadOnlyDictionary<string, string> Definitions = new Dictionary<string, string>(StringComparer.Ordinal)
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
