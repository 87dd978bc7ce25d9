using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Commands;

/// <summary><c>diff --format json</c> field by field; values against hand-written MathNet computations.</summary>
public class DiffJsonTests
{
    private static readonly string[] ContractKeys = ["expression", "wrt", "order", "kind", "shape", "differential", "result", "latex"];

    [Fact]
    public void TheKeysAreTheContractsInItsOrder()
    {
        var json = JsonRun.Object("diff", "x'Ax", "--wrt", "x", "--format", "json");
        Assert.Equal([.. ContractKeys, "shapes"], JsonRun.Keys(json));
        Assert.Equal("x'Ax", json.GetProperty("expression").GetString());
        Assert.Equal("x", json.GetProperty("wrt").GetString());
        Assert.Equal(1, json.GetProperty("order").GetInt32());
        Assert.Equal("gradient", json.GetProperty("kind").GetString());
        Assert.Equal(["n"], JsonRun.Strings(json.GetProperty("shape")));
    }

    [Fact]
    public void StepsAndValueAreAddedInThatOrderOnlyWhenAskedFor()
    {
        var point = new PointBuilder(1);
        point.Vector("x", 3);
        point.Matrix("A", 3, 3);
        using var file = new TempFile(point.ToJson());
        var json = JsonRun.Object("diff", "x'Ax", "--wrt", "x", "--format", "json", "--steps", "--at", file.Path);
        Assert.Equal([.. ContractKeys, "steps", "value", "shapes"], JsonRun.Keys(json));
        var steps = json.GetProperty("steps").EnumerateArray().ToArray();
        Assert.NotEmpty(steps);
        Assert.All(steps, step => Assert.Equal(["rule", "expression", "latex"], JsonRun.Keys(step)));
    }

    public static IEnumerable<object[]> Seeds() => [[1], [2], [3]];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheGradientOfAQuadraticFormIsAPlusATransposeTimesX(int seed)
    {
        var p = new PointBuilder(seed);
        var n = p.Sizes(1)[0];
        var x = p.Vector("x", n);
        var a = p.Matrix("A", n, n);
        AssertValueAndResult(p, (a + a.Transpose()) * x, "gradient", ["n"], "x'Ax", "x");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheHessianOfAQuadraticFormIsAPlusATranspose(int seed)
    {
        var p = new PointBuilder(seed);
        var n = p.Sizes(1)[0];
        p.Vector("x", n);
        var a = p.Matrix("A", n, n);
        AssertValueAndResult(p, a + a.Transpose(), "hessian", ["n", "n"], "x'Ax", "x", "--order", "2");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheJacobianOfALinearMapIsTheMatrixInNumeratorLayoutAndItsTransposeInDenominatorLayout(int seed)
    {
        var p = new PointBuilder(seed);
        var s = p.Sizes(2);
        var a = p.Matrix("A", s[0], s[1]);
        p.Vector("x", s[1]);
        AssertValueAndResult(p, a, "jacobian", ["m", "n"], "Ax", "x", "--let", "A: m x n; x: n");
        AssertValueAndResult(p, a.Transpose(), "jacobian", ["n", "m"], "Ax", "x", "--let", "A: m x n; x: n", "--layout", "denominator");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheGradientOfLogDetIsTheInverseTranspose(int seed)
    {
        var p = new PointBuilder(seed);
        var x = p.Spd("X", p.Sizes(1)[0]);
        AssertValueAndResult(p, x.Inverse().Transpose(), "gradient", ["n", "n"], "log det X", "X");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheGradientOfLeastSquaresIsTwoXTransposeTimesTheResidual(int seed)
    {
        var p = new PointBuilder(seed);
        var s = p.Sizes(2);
        var x = p.Matrix("X", s[0], s[1]);
        var w = p.Vector("w", s[1]);
        var y = p.Vector("y", s[0]);
        AssertValueAndResult(p, 2 * x.Transpose() * (x * w - y), "gradient", ["d"], "||Xw - y||^2", "w", "--let", "X: N x d");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheDerivativeOfTheInverseIsMinusTheKroneckerProductOfInverses(int seed)
    {
        // d vec(X^-1) = -(X^-T ⊗ X^-1) d vec X (Magnus–Neudecker, column-major vec).
        var p = new PointBuilder(seed);
        var inverse = p.Spd("X", p.Sizes(1)[0]).Inverse();
        var expected = -inverse.Transpose().KroneckerProduct(inverse);
        var json = Diff(p, "X^-1", "X");
        Assert.Equal("derivative", json.GetProperty("kind").GetString());
        JsonValues.AssertClose(expected, json.GetProperty("value"), "d vec X^-1 / d vec X");
    }

    private static JsonElement Diff(PointBuilder p, string expression, string wrt, params string[] more)
    {
        using var file = new TempFile(p.ToJson());
        return JsonRun.Object(["diff", expression, "--wrt", wrt, "--format", "json", "--at", file.Path, .. more]);
    }

    /// <summary>The value matches, and "result" evaluated by <c>matcalc eval</c> at the same point gives it again.</summary>
    private static void AssertValueAndResult(PointBuilder p, object expected, string kind, string[] shape, string expression, string wrt, params string[] more)
    {
        var json = Diff(p, expression, wrt, more);
        var context = $"{expression} wrt {wrt} {string.Join(' ', more)} at {p.ToJson()}";
        Assert.Equal(kind, json.GetProperty("kind").GetString());
        Assert.Equal(shape, JsonRun.Strings(json.GetProperty("shape")));
        JsonValues.AssertClose(Layout(expected), json.GetProperty("value"), context);

        var result = json.GetProperty("result").GetString()!;
        var let = more.SkipWhile(a => a != "--let").Skip(1).Take(1).ToArray();
        using var file = new TempFile(p.ToJson());
        var evaluated = JsonRun.Object(["eval", result, "--at", file.Path, .. let.Length == 0 ? [] : new[] { "--let", let[0] }]);
        JsonValues.AssertClose(Layout(expected), evaluated.GetProperty("value"), $"eval of result `{result}` for {context}");
    }

    // A one-column matrix computed by hand is a vector in the output.
    private static object Layout(object value) => value is Matrix<double> { ColumnCount: 1 } m ? m.Column(0) : value;
}
