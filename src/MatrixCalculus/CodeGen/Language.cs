namespace MatrixCalculus.CodeGen;

/// <summary>The languages code is generated in.</summary>
public enum Language
{
    /// <summary>Python over NumPy (imports only numpy).</summary>
    NumPy,
    /// <summary>Python over PyTorch (imports only torch; any device and dtype).</summary>
    PyTorch,
    /// <summary>A C# static class over MathNet.Numerics.</summary>
    CSharp,
}
