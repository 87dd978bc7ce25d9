using MatrixCalculus.Terms;

namespace MatrixCalculus.Semantics;

internal enum BuiltinKind
{
    Trace, Det, LogDet, Inverse, Diag, Sum, Vec, Elementwise, Softmax, LogSumExp, Norm1, Norm2, Kron,
    VectorOf, MatrixOf, Ones, Eye,
    /// <summary>softmax_rows, softmax_cols; LogSoftmaxAlong is log of it; LogSoftmax is log softmax(v) of a column.</summary>
    SoftmaxAlong, LogSoftmaxAlong, LogSumExpAlong, LogSoftmax,
}

internal sealed record Builtin(string Name, BuiltinKind Kind, int Arity, ElementFunction Function = default, Axis Along = Axis.Rows);

/// <summary>The functions of the language by every name the parser may hand over.</summary>
internal static class Builtins
{
    private static readonly Dictionary<string, Builtin> ByName = Table().ToDictionary(b => b.Name, StringComparer.Ordinal);

    public static Builtin? Find(string name) => ByName.GetValueOrDefault(name);

    private static IEnumerable<Builtin> Table()
    {
        yield return new("tr", BuiltinKind.Trace, 1);
        yield return new("det", BuiltinKind.Det, 1);
        yield return new("logdet", BuiltinKind.LogDet, 1);
        yield return new("inv", BuiltinKind.Inverse, 1);
        yield return new("diag", BuiltinKind.Diag, 1);
        yield return new("sum", BuiltinKind.Sum, 1);
        yield return new("vec", BuiltinKind.Vec, 1);
        yield return new("softmax", BuiltinKind.Softmax, 1);
        yield return new("logsumexp", BuiltinKind.LogSumExp, 1);
        yield return new("softmax_rows", BuiltinKind.SoftmaxAlong, 1, Along: Axis.Rows);
        yield return new("softmax_cols", BuiltinKind.SoftmaxAlong, 1, Along: Axis.Cols);
        yield return new("logsoftmax_rows", BuiltinKind.LogSoftmaxAlong, 1, Along: Axis.Rows);
        yield return new("logsoftmax_cols", BuiltinKind.LogSoftmaxAlong, 1, Along: Axis.Cols);
        yield return new("logsumexp_rows", BuiltinKind.LogSumExpAlong, 1, Along: Axis.Rows);
        yield return new("logsumexp_cols", BuiltinKind.LogSumExpAlong, 1, Along: Axis.Cols);
        yield return new("logsoftmax", BuiltinKind.LogSoftmax, 1);
        yield return new("norm1", BuiltinKind.Norm1, 1);
        yield return new("norm2", BuiltinKind.Norm2, 1);
        yield return new("kron", BuiltinKind.Kron, 2);
        yield return new("vector", BuiltinKind.VectorOf, 1);
        yield return new("matrix", BuiltinKind.MatrixOf, 1);
        yield return new("ones", BuiltinKind.Ones, 0);
        yield return new("eye", BuiltinKind.Eye, 0);
        foreach (var f in Enum.GetValues<ElementFunction>())
            yield return new(f.ToString().ToLowerInvariant(), BuiltinKind.Elementwise, 1, f);
        yield return new("σ", BuiltinKind.Elementwise, 1, ElementFunction.Sigmoid);
        yield return new("sigma", BuiltinKind.Elementwise, 1, ElementFunction.Sigmoid);
    }
}
