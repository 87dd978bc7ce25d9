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
    /// <summary>
    /// Each row sums to 1 (a row-stochastic matrix: a batch of distributions in rows, such as
    /// one-hot labels); a vector's entries sum to 1. The simplifier uses Y1 = 1 and sum(y) = 1.
    /// </summary>
    Stochastic = 8,
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

/// <summary>
/// Which slices a batched softmax or logsumexp works on: <see cref="Rows"/> takes each row of the
/// matrix (a batch of samples in rows, as in XW), <see cref="Cols"/> each column.
/// </summary>
public enum Axis { Rows, Cols }
