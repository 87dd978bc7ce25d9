namespace MatrixCalculus.Terms;

/// <summary>Scalar values of the entrywise functions, shared by constant folding and the evaluator.</summary>
public static class Functions
{
    public static double Value(ElementFunction f, double x) => f switch
    {
        ElementFunction.Exp => Math.Exp(x),
        ElementFunction.Log => Math.Log(x),
        ElementFunction.Sin => Math.Sin(x),
        ElementFunction.Cos => Math.Cos(x),
        ElementFunction.Tan => Math.Tan(x),
        ElementFunction.Arcsin => Math.Asin(x),
        ElementFunction.Arccos => Math.Acos(x),
        ElementFunction.Arctan => Math.Atan(x),
        ElementFunction.Tanh => Math.Tanh(x),
        ElementFunction.Sqrt => Math.Sqrt(x),
        ElementFunction.Abs => Math.Abs(x),
        ElementFunction.Sign => Math.Sign(x),
        // σ(x) = 1/(1 + e^-x), written to avoid overflow for large |x|
        ElementFunction.Sigmoid => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x)),
        ElementFunction.Relu => Math.Max(x, 0),
        // softplus(x) = log(1 + e^x) = max(x, 0) + log(1 + e^-|x|)
        ElementFunction.Softplus => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x))),
        ElementFunction.Step => x > 0 ? 1 : 0,
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, null),
    };

    /// <summary>The name in the expression language (the first name the parser accepts).</summary>
    public static string Name(ElementFunction f) => f switch
    {
        ElementFunction.Sigmoid => "σ",
        _ => f.ToString().ToLowerInvariant(),
    };

    /// <summary>The suffix of a batched function's name: softmax_rows, logsumexp_cols.</summary>
    public static string AxisSuffix(Axis along) => along == Axis.Rows ? "rows" : "cols";
}
