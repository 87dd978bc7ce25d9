using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;

namespace MatrixCalculus.Web.Api;

/// <summary>The fields the endpoints share, read as the command line reads its options.</summary>
internal static class CommonFields
{
    public const string Expression = "expression", Let = "let", Wrt = "wrt", Order = "order", Layout = "layout", At = "at";

    /// <summary>
    /// The expression under its declarations; the names of <c>wrt</c> and the keys of the point
    /// are one symbol each even with several letters, as on the command line.
    /// </summary>
    public static CompiledExpression Compile(RequestFields fields)
    {
        var pointKeys = fields.Object(At) is { } point ? PointKeys.Of(point) : [];
        var given = WrtNames.Given(fields.Text(Wrt)).Concat(pointKeys).Distinct(StringComparer.Ordinal).ToList();
        return Engine.Compile(fields.RequiredText(Expression), fields.Text(Let), given);
    }

    /// <summary>The variables of <c>wrt</c>, in order (one, several separated by commas, or the head's when it is not given).</summary>
    public static IReadOnlyList<string> Variables(RequestFields fields, CompiledExpression compiled) =>
        WrtNames.Split(WrtNames.Resolve(fields.Text(Wrt), compiled, Wrt), Wrt);

    /// <summary>The derivative of each variable, then (order 2, several variables) the mixed blocks.</summary>
    public static (IReadOnlyList<Derivation> Derivatives, IReadOnlyList<Derivation> Mixed) Differentiate(RequestFields fields, CompiledExpression compiled)
    {
        var names = Variables(fields, compiled);
        int order = ReadOrder(fields);
        var layout = ReadLayout(fields);
        if (names.Count == 1) return ([Engine.Differentiate(compiled, names[0], order, layout)], []);
        var all = Engine.Differentiate(compiled, names, order, layout);
        return (all.Derivatives, all.Mixed);
    }

    /// <summary>1 (the default) or 2.</summary>
    public static int ReadOrder(RequestFields fields) => fields.Integer(Order) switch
    {
        null => 1,
        1 => 1,
        2 => 2,
        var other => throw fields.Invalid(Order, $"`order` must be 1 or 2, not {other}."),
    };

    public static Layout ReadLayout(RequestFields fields) => fields.Text(Layout) switch
    {
        null or "numerator" => Calculus.Layout.Numerator,
        "denominator" => Calculus.Layout.Denominator,
        var other => throw fields.Invalid(Layout, $"`layout` must be numerator or denominator, not `{other}`."),
    };

    /// <summary>The point in the field <c>at</c>; its errors point into that object (source "at").</summary>
    public static Numerics.Environment? ReadPoint(RequestFields fields, CompiledExpression compiled)
    {
        if (fields.Object(At) is not { } json) return null;
        try
        {
            return Engine.ReadPoint(compiled, json);
        }
        catch (Syntax.MatrixCalculusException e) when (e.Diagnostic.Source == json)
        {
            throw new Syntax.MatrixCalculusException(e.Diagnostic with { SourceName = At });
        }
    }
}
