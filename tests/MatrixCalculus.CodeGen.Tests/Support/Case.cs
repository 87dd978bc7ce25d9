using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Calculus;
using MatrixCalculus.CodeGen;
using MatrixCalculus.Numerics;
using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.CodeGen.Tests.Support;

/// <summary>
/// One generated file to run: the expression, its derivatives, a point (drawn as `check` draws)
/// and the numbers the library gives there, which `matcalc diff --at` prints.
/// </summary>
public sealed record Case(string Name, CompiledExpression Compiled, IReadOnlyList<Derivation> Derivations, Environment Point)
{
    /// <summary>Whether the module's own self-check runs too (it draws its own point).</summary>
    public bool SelfCheck { get; init; } = true;

    public override string ToString() => Name;

    public static Case FromText(string expression, string wrt, int order = 1, string? let = null, int seed = 1)
    {
        var compiled = Engine.Compile(expression, let);
        var derivations = wrt.Split(',').Select(w => Engine.Differentiate(compiled, w, order)).ToList();
        var point = RandomPoint.Generate(compiled.Expression, compiled.Symbols, seed);
        return new Case($"{expression} | {wrt} | {let} (order {order})", compiled, derivations, point);
    }

    /// <summary>A term built by the random generator: its source is its printed text.</summary>
    public static Case FromTerm(Expr f, Var wrt, int order, Environment point)
    {
        var symbols = f.Variables().ToList();
        var bound = new BoundExpression(f, symbols, []);
        var compiled = new CompiledExpression(f.ToString(), null, bound);
        return new Case($"{f} | {wrt.Name} (order {order})", compiled, [Differentiation.Run(f, wrt, order)], point);
    }

    public string Generate(Language language) => CodeGenerator.Generate(Compiled, Derivations, language);

    /// <summary>The point as POINT.json gives it: a number, a list, or a list of rows.</summary>
    public JsonObject PointJson()
    {
        var point = new JsonObject();
        foreach (var symbol in Compiled.Symbols)
            point[symbol.Name] = Layout(Point[symbol.Name], symbol.Shape);
        return point;
    }

    public JsonNode ExpectedValue() => Layout(Engine.Evaluate(Compiled, Point), Compiled.Expression.Shape);

    /// <summary>The reported derivatives: one, or several keyed by variable.</summary>
    public JsonNode ExpectedDerivative()
    {
        var numbers = Derivations.Select(d => Layout(Engine.EvaluateDerivative(Compiled, d, Point), LayoutShape(d))).ToList();
        if (numbers.Count == 1) return numbers[0];
        var keyed = new JsonObject();
        for (int i = 0; i < numbers.Count; i++) keyed[Derivations[i].Wrt.Name] = numbers[i];
        return keyed;
    }

    public static Shape LayoutShape(Derivation d) => d switch
    {
        { Direction: null } => d.Result.Shape,
        { Kind: DerivativeKind.Gradient } => d.Wrt.Shape,
        _ => new Shape(DimOps.Times(d.Result.Shape.Rows, d.Result.Shape.Cols), DimOps.Times(d.Wrt.Shape.Rows, d.Wrt.Shape.Cols)),
    };

    public static JsonNode Layout(Matrix<double> value, Shape shape)
    {
        if (shape.IsScalar) return JsonValue.Create(value[0, 0]);
        if (shape.IsColumn) return new JsonArray(value.Column(0).Select(x => (JsonNode)JsonValue.Create(x)!).ToArray());
        return new JsonArray(Enumerable.Range(0, value.RowCount)
            .Select(i => (JsonNode)new JsonArray(value.Row(i).Select(x => (JsonNode)JsonValue.Create(x)!).ToArray())).ToArray());
    }
}
