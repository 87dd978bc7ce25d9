using MatrixCalculus.Cli.Tests.Support;

namespace MatrixCalculus.Cli.Tests.Commands;

public class ParseCommandTests
{
    [Fact]
    public void TextIsTheCanonicalFormTheShapeAndALetLine()
    {
        var run = Matcalc.Run("parse", "x'*A*x");
        Assert.Equal((0, ""), (run.Exit, run.Error));
        Assert.Equal("x'Ax\nshape: scalar\nlet: x: n; A: n x n\n", run.Out);
    }

    [Fact]
    public void TheLetLineReadsBackAsDeclarationsGivingTheSameShapes()
    {
        var first = Matcalc.Run("parse", "tr(AXB)");
        var let = first.Out.Split('\n')[2]["let: ".Length..];
        Assert.Equal(first.Out, Matcalc.Run("parse", "tr(AXB)", "--let", let).Out);
    }

    [Fact]
    public void AttributesAndScalarsAppearInTheLetLine()
    {
        var run = Matcalc.Run("parse", "(1/N)||Xw - y||^2 + x'Sx", "--let", "S: n x n spd");
        Assert.Equal(0, run.Exit);
        Assert.Contains("S: n x n spd", run.Out);
        Assert.Contains("N: scalar", run.Out);
    }

    [Fact]
    public void AnExpressionWithoutSymbolsHasNoLetLine()
    {
        Assert.Equal("3\nshape: scalar\n", Matcalc.Run("parse", "1 + 2").Out);
    }

    [Fact]
    public void LatexIsOneLine()
    {
        Assert.Equal("x^\\top Ax\n", Matcalc.Run("parse", "x'Ax", "--format", "latex").Out);
    }

    [Fact]
    public void JsonGivesTheShapeOfTheExpressionAndOfEverySymbol()
    {
        var json = JsonRun.Object("parse", "SAx", "--let", "S: m x m symmetric; A: m x n", "--format", "json");
        Assert.Equal(["expression", "canonical", "latex", "shape", "symbols", "dimensions"], JsonRun.Keys(json));
        Assert.Equal("SAx", json.GetProperty("expression").GetString());
        Assert.Equal("SAx", json.GetProperty("canonical").GetString());
        Assert.Equal("SAx", json.GetProperty("latex").GetString());
        Assert.Equal(["m"], JsonRun.Strings(json.GetProperty("shape")));
        var symbols = json.GetProperty("symbols").EnumerateArray().ToArray();
        Assert.Equal(["S", "A", "x"], symbols.Select(s => s.GetProperty("name").GetString()));
        Assert.All(symbols, s => Assert.Equal(["name", "shape", "attributes"], JsonRun.Keys(s)));
        Assert.Equal(["m", "m"], JsonRun.Strings(symbols[0].GetProperty("shape")));
        Assert.Equal(["symmetric"], JsonRun.Strings(symbols[0].GetProperty("attributes")));
        Assert.Equal(["m", "n"], JsonRun.Strings(symbols[1].GetProperty("shape")));
        Assert.Empty(JsonRun.Strings(symbols[1].GetProperty("attributes")));
        Assert.Equal(["n"], JsonRun.Strings(symbols[2].GetProperty("shape")));
        Assert.Equal(["m", "n"], JsonRun.Strings(json.GetProperty("dimensions")));
    }

    [Fact]
    public void JsonOfQuadraticFormIsExactlyThis()
    {
        Assert.Equal(
            """{"expression":"x'Ax","canonical":"x'Ax","latex":"x^\\top Ax","shape":[],"symbols":[{"name":"x","shape":["n"],"attributes":[]},{"name":"A","shape":["n","n"],"attributes":[]}],"dimensions":["n"]}""" + "\n",
            Matcalc.Run("parse", "x'Ax", "--format", "json").Out);
    }

    [Fact]
    public void KnownSizesAreNumbersInJsonShapes()
    {
        var json = JsonRun.Object("parse", "x", "--let", "x: 3", "--format", "json");
        Assert.Equal(3, json.GetProperty("shape")[0].GetInt32());
    }
}
