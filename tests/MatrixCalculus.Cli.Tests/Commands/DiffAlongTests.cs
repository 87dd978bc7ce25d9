using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Commands;

/// <summary>
/// <c>diff --order 2 --at P.json --along V.json</c>: "hvp", H v, against H (printed beside it,
/// itself checked numerically by the calculus tests) times v and against hand-written MathNet;
/// every misuse with its exact message.
/// </summary>
public class DiffAlongTests
{
    private const string Logistic = "-sum(y .* log(σ(Xw)) + (1 - y) .* log(1 - σ(Xw)))";

    public static IEnumerable<object[]> Seeds() => [[1], [2], [3]];

    [Theory, MemberData(nameof(Seeds))]
    public void TheLogisticHvpIsTheHessianTimesV(int seed)
    {
        var p = new PointBuilder(seed);
        var s = p.Sizes(2);
        var x = p.Matrix("X", s[0], s[1]);
        var w = p.Vector("w", s[1]);
        p.Vector("y", s[0], 0, 1);
        var v = new PointBuilder(seed + 100).Vector("v", s[1]);
        var sigma = (x * w).Map(t => 1 / (1 + Math.Exp(-t)));
        var expected = x.Transpose() * (sigma.PointwiseMultiply(1 - sigma).PointwiseMultiply(x * v));
        foreach (var along in new[] { Json(v), $"{{\"w\": {Json(v)}}}" })
        {
            var json = Diff(p, along, Logistic, "w");
            Assert.Equal(["expression", "wrt", "order", "kind", "shape", "differential", "result", "latex", "value", "hvp"], JsonRun.Keys(json));
            JsonValues.AssertClose(expected, json.GetProperty("hvp"), "hvp");
            var hessian = JsonRun.Strings(json.GetProperty("value")).Length;
            Assert.Equal(s[1], hessian);
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void TheHvpOfAQuadraticFormIsAPlusATransposeTimesV(int seed)
    {
        var p = new PointBuilder(seed);
        var n = p.Sizes(1)[0];
        p.Vector("x", n);
        var a = p.Matrix("A", n, n);
        var v = new PointBuilder(seed + 100).Vector("v", n);
        JsonValues.AssertClose((a + a.Transpose()) * v, Diff(p, Json(v), "x'Ax", "x").GetProperty("hvp"), "hvp");
    }

    [Fact]
    public void AlongAMatrixDirectionTheHvpIsTheMapAppliedToIt()
    {
        // ∇²(log det X)[V] = -X⁻ᵀ V' X⁻ᵀ
        var p = new PointBuilder(4);
        var x = p.Spd("X", 3);
        var v = new PointBuilder(5).Matrix("V", 3, 3);
        var inverse = x.Inverse().Transpose();
        var rows = "[" + string.Join(", ", v.EnumerateRows().Select(r => Json(r))) + "]";
        JsonValues.AssertClose(-inverse * v.Transpose() * inverse, Diff(p, rows, "log det X", "X").GetProperty("hvp"), "hvp");
    }

    [Fact]
    public void TextOutputPrintsTheHvpLine()
    {
        var p = new PointBuilder(1);
        p.Vector("x", 2);
        p.Matrix("A", 2, 2);
        using var point = new TempFile(p.ToJson());
        using var along = new TempFile("[1, 0]");
        var run = Matcalc.Run("diff", "x'Ax", "--wrt", "x", "--order", "2", "--at", point.Path, "--along", along.Path);
        Assert.Equal(0, run.Exit);
        Assert.Matches(@"\nhvp = \[[-0-9.eE]+,[-0-9.eE]+\]", run.Out);
    }

    [Fact]
    public void AlongWithoutAtIsAUsageError() =>
        AssertFails(["diff", "x'Ax", "--wrt", "x", "--order", "2", "--along", "v.json"],
            "error MC5001: --along needs --at: H v is computed at a point.");

    [Fact]
    public void AlongWithAFirstDerivativeIsAUsageError()
    {
        using var point = new TempFile("{\"x\": [1, 2], \"A\": [[1, 2], [3, 4]]}");
        AssertFails(["diff", "x'Ax", "--wrt", "x", "--at", point.Path, "--along", "v.json"],
            "error MC5001: --along needs --order 2: H v is a product with the Hessian.");
    }

    [Fact]
    public void ADirectionOfTheWrongSizeSaysBothSizes()
    {
        using var point = new TempFile("{\"x\": [1, 2], \"A\": [[1, 2], [3, 4]]}");
        using var along = new TempFile("[1, -1, 3]");
        AssertFails(["diff", "x'Ax", "--wrt", "x", "--order", "2", "--at", point.Path, "--along", along.Path],
            $"error MC4001 (line 1, column 1): {along.Path}: the direction has 3×1 entries, but x is 2×1 at the point.\n  [1, -1, 3]\n  ^^^^^^^^^^");
    }

    [Fact]
    public void ABadEntryIsShownUnderTheDirectionsOwnText()
    {
        using var point = new TempFile("{\"x\": [1, 2], \"A\": [[1, 2], [3, 4]]}");
        using var along = new TempFile("[1, \"a\"]");
        AssertFails(["diff", "x'Ax", "--wrt", "x", "--order", "2", "--at", point.Path, "--along", along.Path],
            $"error MC4001 (line 1, column 5): {along.Path}: expected a number, but found the string \"a\".\n  [1, \"a\"]\n      ^^^");
    }

    [Fact]
    public void AMissingDirectionFileIsNamed()
    {
        using var point = new TempFile("{\"x\": [1, 2], \"A\": [[1, 2], [3, 4]]}");
        AssertFails(["diff", "x'Ax", "--wrt", "x", "--order", "2", "--at", point.Path, "--along", "no-such-direction.json"],
            "error MC4001: cannot read the direction file `no-such-direction.json`: no such file.");
    }

    private static void AssertFails(string[] args, string message)
    {
        var run = Matcalc.Run(args);
        Assert.Equal(2, run.Exit);
        Assert.Equal(message, run.Error.TrimEnd().Replace("\r\n", "\n"));
    }

    private static string Json(Vector<double> v) =>
        "[" + string.Join(", ", v.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]";

    private static System.Text.Json.JsonElement Diff(PointBuilder p, string along, string expression, string wrt)
    {
        using var point = new TempFile(p.ToJson());
        using var direction = new TempFile(along);
        return JsonRun.Object("diff", expression, "--wrt", wrt, "--order", "2", "--format", "json", "--at", point.Path, "--along", direction.Path);
    }
}
