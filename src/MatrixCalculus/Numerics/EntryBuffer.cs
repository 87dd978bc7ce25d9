using System.Buffers;
using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.Numerics;

/// <summary>
/// The entries of one value in the order the point lists them, gathered in pooled chunks (the
/// count is known only at the closing bracket), then copied once into the matrix's own storage.
/// No array is grown by doubling, so a value's entries are held at most twice while it is built.
/// </summary>
internal sealed class EntryBuffer : IDisposable
{
    private const int ChunkLength = 1 << 14; // 128 KB of doubles
    private readonly List<double[]> chunks = [];
    private double[] current = [];
    private int used = ChunkLength; // the (empty) current chunk is full: the first entry rents one

    public int Count { get; private set; }

    public void Add(double value)
    {
        if (used == ChunkLength)
        {
            current = ArrayPool<double>.Shared.Rent(ChunkLength);
            chunks.Add(current);
            used = 0;
        }
        current[used++] = value;
        Count++;
    }

    /// <summary>A rows×columns matrix of entries listed column after column (a column vector, or a 1×n row).</summary>
    public Matrix<double> ColumnMajor(int rows, int columns)
    {
        var storage = GC.AllocateUninitializedArray<double>(Count);
        for (int c = 0, copied = 0; copied < Count; c++)
        {
            int length = Math.Min(ChunkLength, Count - copied);
            Array.Copy(chunks[c], 0, storage, copied, length);
            copied += length;
        }
        return Matrix<double>.Build.Dense(rows, columns, storage);
    }

    /// <summary>A rows×columns matrix of entries listed row after row (MathNet stores columns).</summary>
    public Matrix<double> RowMajor(int rows, int columns)
    {
        var storage = GC.AllocateUninitializedArray<double>(Count);
        int row = 0, column = 0;
        for (int k = 0; k < Count; k++)
        {
            storage[column * rows + row] = chunks[k / ChunkLength][k % ChunkLength];
            if (++column == columns) { column = 0; row++; }
        }
        return Matrix<double>.Build.Dense(rows, columns, storage);
    }

    public void Clear()
    {
        foreach (var chunk in chunks) ArrayPool<double>.Shared.Return(chunk);
        chunks.Clear();
        current = [];
        used = ChunkLength;
        Count = 0;
    }

    public void Dispose() => Clear();
}
