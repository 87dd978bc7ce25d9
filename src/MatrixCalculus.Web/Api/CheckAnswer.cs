using MatrixCalculus.Reports;

namespace MatrixCalculus.Web.Api;

/// <summary>
/// <c>POST /api/check</c> {"expression", "wrt", "order", "let", "seed", "at"}: the derivative
/// compared with central finite differences at the point, or at a random point drawn from the
/// seed (1 unless given, as <c>matcalc check</c>), as <see cref="CheckJson"/>: one object, or
/// for several variables an array with one per derivative and mixed block.
/// </summary>
internal static class CheckAnswer
{
    public const int DefaultSeed = 1;

    public static ApiEndpoint Endpoint { get; } = new("/api/check",
    [
        (CommonFields.Expression, FieldKind.Text), (CommonFields.Wrt, FieldKind.Text), (CommonFields.Order, FieldKind.Integer),
        (CommonFields.Let, FieldKind.Text), ("seed", FieldKind.Integer), (CommonFields.At, FieldKind.Object),
    ], Answer);

    private static string Answer(RequestFields fields)
    {
        var compiled = CommonFields.Compile(fields);
        var (derivatives, mixed) = CommonFields.Differentiate(fields, compiled);
        var point = CommonFields.ReadPoint(fields, compiled);
        if (point is not null && fields.Integer("seed") is not null)
            throw fields.Invalid("seed", "give either `at` or `seed`, not both.");
        var seed = fields.Integer("seed") ?? DefaultSeed;
        var where = point is null ? $"a random point (seed {seed})" : "the point given";
        var answers = derivatives.Concat(mixed)
            .Select(d => CheckJson.Format(compiled, d, Engine.Check(compiled, d, point, seed), where))
            .ToList();
        // The objects are JSON already: several are joined into an array as they are.
        return answers.Count == 1 ? answers[0] : "[" + string.Join(",", answers) + "]";
    }
}
