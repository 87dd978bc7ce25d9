using System.Globalization;
using System.Text;
using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.Cli.Tests.Support;

/// <summary>
/// Draws the values of one test point from a seed and remembers each under its symbol's name, so
/// that a case reads like its math: <c>var x = p.Vector("x", n); var A = p.Matrix("A", n, n);</c>.
/// <see cref="ToJson"/> writes them as POINT.json (scalars as numbers, vectors as lists, matrices
/// as lists of rows).
/// </summary>
public sealed class PointBuilder(int seed)
{
    private readonly Random random = new(seed);
    private readonly List<(string Name, object Value)> values = [];

    public int Seed => seed;

    /// <summary>k distinct sizes from 2..6 in a seeded order, so that a transposed product cannot hide behind a square shape.</summary>
    public int[] Sizes(int k) => Enumerable.Range(2, 5).OrderBy(_ => random.Next()).Take(k).ToArray();

    public double Uniform(double low, double high) => low + (high - low) * random.NextDouble();

    public double Scalar(string name, double low = -1, double high = 1) => Remember(name, Uniform(low, high));

    public Vector<double> Vector(string name, int n, double low = -1, double high = 1) =>
        Remember(name, Vector<double>.Build.Dense(n, _ => Uniform(low, high)));

    public Matrix<double> Matrix(string name, int rows, int cols, double low = -1, double high = 1) =>
        Remember(name, Matrix<double>.Build.Dense(rows, cols, (_, _) => Uniform(low, high)));

    /// <summary>B Bᵀ + n I: symmetric positive definite, so log det and the inverse are defined and well conditioned.</summary>
    public Matrix<double> Spd(string name, int n)
    {
        var b = Matrix<double>.Build.Dense(n, n, (_, _) => Uniform(-1, 1));
        return Remember(name, b * b.Transpose() + n * Matrix<double>.Build.DenseIdentity(n));
    }

    private T Remember<T>(string name, T value) where T : notnull
    {
        values.Add((name, value));
        return value;
    }

    public string ToJson()
    {
        var json = new StringBuilder("{");
        foreach (var (name, value) in values)
        {
            if (json.Length > 1) json.Append(", ");
            json.Append('"').Append(name).Append("\": ").Append(value switch
            {
                double s => Number(s),
                Vector<double> v => List(v),
                Matrix<double> m => "[" + string.Join(", ", m.EnumerateRows().Select(List)) + "]",
                _ => throw new InvalidOperationException($"no JSON for {value.GetType()}"),
            });
        }
        return json.Append('}').ToString();
    }

    private static string List(Vector<double> v) => "[" + string.Join(", ", v.Select(Number)) + "]";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
