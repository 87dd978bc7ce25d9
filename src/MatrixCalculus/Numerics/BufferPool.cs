using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.Numerics;

/// <summary>
/// Dense matrices no longer read, kept by size for the next instruction that needs one of that
/// size: a program's peak memory is then that of its largest live values, not of all its temporaries.
/// A buffer handed out holds stale numbers: the taker overwrites every entry.
/// </summary>
internal sealed class BufferPool
{
    private readonly Dictionary<(int Rows, int Cols), Stack<Matrix<double>>> free = [];

    public void Return(Matrix<double> buffer)
    {
        if (buffer.AsColumnMajorArray() is null) return; // only dense storage is reused
        var key = (buffer.RowCount, buffer.ColumnCount);
        if (!free.TryGetValue(key, out var stack)) free[key] = stack = new Stack<Matrix<double>>();
        stack.Push(buffer);
    }

    /// <summary>A dense rows×cols matrix whose entries the caller will all overwrite.</summary>
    public Matrix<double> Take(int rows, int cols) =>
        free.TryGetValue((rows, cols), out var stack) && stack.Count > 0
            ? stack.Pop()
            : Matrix<double>.Build.Dense(rows, cols);
}
