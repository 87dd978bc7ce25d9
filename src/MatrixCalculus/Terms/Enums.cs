namespace MatrixCalculus.Terms;

/// <summary>Structure a variable is declared to have.</summary>
[Flags]
public enum VarAttributes
{
    None = 0,
    Symmetric = 1,
    /// <summary>Symmetric positive definite (implies Symmetric).</summary>
    Spd = 2 | Symmetric,
    Diagonal = 4 | Symmetric,
}

/// <summary>
/// Entrywise functions. Step is the Heaviside indicator [x > 0] (step(0) = 0), the derivative of
/// relu; it extends the contract's function list so that derivatives stay printable and evaluable.
/// </summary>
public enum ElementFunction
{
    Exp, Log, Sin, Cos, Tan, Arcsin, Arccos, Arctan, Tanh, Sqrt, Abs, Sign, Sigmoid, Relu, Softplus, Step,
}

public enum NormKind
{
    /// <summary>2-norm of a vector; for a matrix the Frobenius norm (the spectral norm is not supported).</summary>
    Two,
    Frobenius,
    /// <summary>Σ |aᵢⱼ|.</summary>
    One,
}
