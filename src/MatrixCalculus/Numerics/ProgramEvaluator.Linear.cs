using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Lowering;

namespace MatrixCalculus.Numerics;

// Sums, scalings and products, written into pooled buffers where the size allows.
public static partial class ProgramEvaluator
{
    private static Matrix<double> Sum(Combine c, Run run)
    {
        var first = run[c.Terms[0]];
        var result = run.Pool.Take(first.RowCount, first.ColumnCount);
        first.CopyTo(result);
        foreach (var term in c.Terms.Skip(1))
        {
            var value = run[term];
            Same(result, value, c.Source);
            result.Add(value, result);
        }
        return result;
    }

    private static Matrix<double> Scale(ScaleBy s, Run run)
    {
        double factor = s.Constant * (s.Factor is { } f ? Scalar(run[f], s.Source) : 1);
        var arg = run[s.Arg];
        var result = run.Pool.Take(arg.RowCount, arg.ColumnCount);
        arg.Multiply(factor, result);
        return result;
    }

    private static Matrix<double> Divide(DivideBy d, Run run)
    {
        var numerator = run[d.Arg];
        double denominator = Scalar(run[d.Denominator], d.Source);
        if (denominator == 0) throw new EvaluationException(d.Source, $"division by zero in {d.Source}.");
        var result = run.Pool.Take(numerator.RowCount, numerator.ColumnCount);
        numerator.Divide(denominator, result);
        return result;
    }

    // op(A) op(B) without forming a transpose: MathNet's TransposeThisAndMultiply (A'B) and
    // TransposeAndMultiply (AB') pass the flags to the provider's GEMM.
    private static Matrix<double> Product(MatrixProduct p, Run run)
    {
        var a = run[p.Left];
        var b = run[p.Right];
        int rows = p.TransposeLeft ? a.ColumnCount : a.RowCount;
        int inner = p.TransposeLeft ? a.RowCount : a.ColumnCount;
        int innerRight = p.TransposeRight ? b.ColumnCount : b.RowCount;
        int cols = p.TransposeRight ? b.RowCount : b.ColumnCount;
        if (inner != innerRight)
            throw new InvalidOperationException($"factors of {p.Source} have values that do not chain: {rows}×{inner} times {innerRight}×{cols}.");
        var result = run.Pool.Take(rows, cols);
        switch (p.TransposeLeft, p.TransposeRight)
        {
            case (false, false): a.Multiply(b, result); break;
            case (true, false): a.TransposeThisAndMultiply(b, result); break;
            case (false, true): a.TransposeAndMultiply(b, result); break;
            // A'B' = (BA)'
            default: b.Multiply(a).Transpose(result); break;
        }
        return result;
    }

    // diag(d) op(M): entry (i, j) is dᵢ op(M)ᵢⱼ
    private static Matrix<double> ScaleRows(ScaleRows s, Run run)
    {
        var d = Entries(run[s.Diagonal]);
        var m = Oriented(run[s.Matrix], s.TransposeMatrix, run);
        if (m.RowCount != d.Length)
            throw new InvalidOperationException($"diag of {d.Length} entries against {m.RowCount} rows in {s.Source}.");
        var result = run.Pool.Take(m.RowCount, m.ColumnCount);
        var source = Entries(m);
        var target = Entries(result);
        int rows = m.RowCount;
        for (int j = 0; j < m.ColumnCount; j++)
        {
            int offset = j * rows;
            for (int i = 0; i < rows; i++) target[offset + i] = d[i] * source[offset + i];
        }
        return result;
    }

    // op(M) diag(d): column j times dⱼ
    private static Matrix<double> ScaleColumns(ScaleColumns s, Run run)
    {
        var d = Entries(run[s.Diagonal]);
        var m = Oriented(run[s.Matrix], s.TransposeMatrix, run);
        if (m.ColumnCount != d.Length)
            throw new InvalidOperationException($"diag of {d.Length} entries against {m.ColumnCount} columns in {s.Source}.");
        var result = run.Pool.Take(m.RowCount, m.ColumnCount);
        var source = Entries(m);
        var target = Entries(result);
        int rows = m.RowCount;
        for (int j = 0; j < m.ColumnCount; j++)
        {
            int offset = j * rows;
            double scale = d[j];
            for (int i = 0; i < rows; i++) target[offset + i] = scale * source[offset + i];
        }
        return result;
    }

    // A scaling reads a transposed operand as a transposed copy: it writes a new matrix of that
    // size anyway, so the copy costs what the kernel costs.
    private static Matrix<double> Oriented(Matrix<double> m, bool transposed, Run run) =>
        transposed ? m.Transpose() : m;

    private static Matrix<double> AddDiagonal(AddDiagonal a, Run run)
    {
        var m = run[a.Matrix];
        var d = Entries(run[a.Diagonal]);
        var result = run.Pool.Take(m.RowCount, m.ColumnCount);
        m.CopyTo(result);
        for (int i = 0; i < d.Length; i++) result[i, i] += d[i];
        return result;
    }

    // u v' from the entries of two vectors
    private static Matrix<double> Outer(OuterProduct o, Run run)
    {
        var u = Entries(run[o.Left]);
        var v = Entries(run[o.Right]);
        var result = run.Pool.Take(u.Length, v.Length);
        var target = Entries(result);
        for (int j = 0; j < v.Length; j++)
            for (int i = 0; i < u.Length; i++) target[j * u.Length + i] = u[i] * v[j];
        return result;
    }
}
