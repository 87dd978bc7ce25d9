using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MatrixCalculus;

namespace MatrixCalculus.Bench;

/// <summary>
/// Reading a POINT.json of an N×100 matrix X (one row per line, every number with its 17 digits)
/// and a vector y, against System.Text.Json parsing the same text into numbers: a JsonDocument
/// walked for every number (the baseline), and JsonSerializer deserialising into arrays.
/// Target (issue 10): the engine within 5× of the baseline, allocating at most about 3× the
/// numbers' size (8 bytes each). Before the streaming reader, 1.3 MB took 15.8 s.
/// </summary>
[MemoryDiagnoser]
public class PointReadingBenchmarks
{
    private const int Columns = 100;
    private string text = "";
    private CompiledExpression compiled = null!;

    /// <summary>The point's size in megabytes of text (a row of X is about 2 KB).</summary>
    [Params(1, 10)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int rows = Megabytes * 500;
        var builder = new StringBuilder("{\"X\": [\n");
        for (int i = 0; i < rows; i++)
        {
            builder.Append("  [");
            for (int j = 0; j < Columns; j++)
                builder.Append(j == 0 ? "" : ", ").Append((Math.Sin(i * 131.0 + j) / 3).ToString("R", CultureInfo.InvariantCulture));
            builder.Append(i + 1 < rows ? "],\n" : "]\n");
        }
        builder.Append("],\n\"y\": [").AppendJoin(", ", Enumerable.Range(0, rows)).Append("]}\n");
        text = builder.ToString();
        compiled = Engine.Compile("||X'y||^2");
    }

    [Benchmark(Baseline = true, Description = "JsonDocument, every number read")]
    public double JsonDocumentWalk()
    {
        using var document = JsonDocument.Parse(text);
        double sum = 0;
        foreach (var row in document.RootElement.GetProperty("X").EnumerateArray())
            foreach (var entry in row.EnumerateArray()) sum += entry.GetDouble();
        foreach (var entry in document.RootElement.GetProperty("y").EnumerateArray()) sum += entry.GetDouble();
        return sum;
    }

    [Benchmark(Description = "JsonSerializer into double[][]")]
    public int JsonSerializerArrays() => JsonSerializer.Deserialize<PointArrays>(text)!.X.Length;

    [Benchmark(Description = "Engine.ReadPoint")]
    public int EngineReadPoint() => Engine.ReadPoint(compiled, text)["X"].RowCount;

    public sealed record PointArrays(double[][] X, double[] y);
}
