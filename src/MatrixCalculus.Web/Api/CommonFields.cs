using MatrixCalculus.Calculus;

namespace MatrixCalculus.Web.Api;

/// <summary>The fields the endpoints share, read as the command line reads its options.</summary>
internal static class CommonFields
{
    public const string Expression = "expression", Let = "let", Wrt = "wrt", Order = "order", Layout = "layout";

    /// <summary>The expression under its declarations.</summary>
    public static CompiledExpression Compile(RequestFields fields) =>
        Engine.Compile(fields.RequiredText(Expression), fields.Text(Let));

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

    /// <summary>The derivative the request asks for; <c>wrt</c> must name a variable.</summary>
    public static Derivation Differentiate(RequestFields fields, CompiledExpression compiled)
    {
        var wrt = fields.RequiredText(Wrt);
        if (string.IsNullOrWhiteSpace(wrt)) throw fields.Invalid(Wrt, "`wrt` needs the name of a variable of the expression.");
        return Engine.Differentiate(compiled, wrt, ReadOrder(fields), ReadLayout(fields));
    }

    /// <summary>The point in the field <c>at</c>; its errors point into that object (source "at").</summary>
    public static Numerics.Environment? ReadPoint(RequestFields fields, CompiledExpression compiled)
    {
        if (fields.Object("at") is not { } json) return null;
        try
        {
            return Engine.ReadPoint(compiled, json);
        }
        catch (Syntax.MatrixCalculusException e) when (e.Diagnostic.Source == json)
        {
            throw new Syntax.MatrixCalculusException(e.Diagnostic with { SourceName = "at" });
        }
    }
}
