using MatrixCalculus.Web.Tests.Support;

namespace MatrixCalculus.Web.Tests.Api;

/// <summary>
/// Bad input answers HTTP 400 with {"error", "line", "column", "length", "code", "source",
/// "rendered"}: the message of the command line, where it points, and the caret line under the
/// text it points into (the expression, the declarations, or the request body itself).
/// </summary>
public class BadRequestTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private readonly HttpClient client = playground.Client;

    private async Task AssertBadRequest(string path, string request, string expected)
    {
        var (status, body) = await Http.Post(client, path, request);
        Assert.Equal(expected, body);
        Assert.Equal(400, status);
    }

    [Fact]
    public Task ASyntaxErrorPointsIntoTheExpression() => AssertBadRequest("/api/diff",
        """{"expression": "x'b +", "wrt": "x"}""",
        """{"error":"unexpected end of input, expected expression.","line":1,"column":6,"length":0,"code":"MC1001","source":"expression","rendered":"error MC1001 (line 1, column 6): unexpected end of input, expected expression.\n  x'b +\n       ^"}""");

    [Fact]
    public Task AShapeErrorIsTheCommandLinesMessage() => AssertBadRequest("/api/diff",
        """{"expression": "Ax", "wrt": "x", "let": "A: m x n; x: k"}""",
        """{"error":"cannot multiply A (m×n) by x (k×1).","line":1,"column":2,"length":1,"code":"MC2001","source":"expression","rendered":"error MC2001 (line 1, column 2): cannot multiply A (m×n) by x (k×1).\n  Ax\n   ^"}""");

    [Fact]
    public Task AnUnknownVariableIsAnError() => AssertBadRequest("/api/diff",
        """{"expression": "x'Ax", "wrt": "z"}""",
        """{"error":"no symbol `z` in the expression.","line":1,"column":1,"length":4,"code":"MC1101","source":"expression","rendered":"error MC1101 (line 1, column 1): no symbol `z` in the expression.\n  x'Ax\n  ^^^^"}""");

    [Fact]
    public Task ABadDeclarationPointsIntoTheDeclarations() => AssertBadRequest("/api/view",
        """{"expression": "x'Ax", "wrt": "x", "let": "A: n x"}""",
        """{"error":"expected a size after `x`, found the end of the declarations.","line":1,"column":7,"length":0,"code":"MC1004","source":"declarations","rendered":"error MC1004 (line 1, column 7): expected a size after `x`, found the end of the declarations.\n  A: n x\n        ^"}""");

    [Fact]
    public Task AnOrderOtherThanOneOrTwoIsAnError() => AssertBadRequest("/api/diff",
        """{"expression": "x'Ax", "wrt": "x", "order": 3}""",
        """{"error":"`order` must be 1 or 2, not 3.","line":1,"column":45,"length":1,"code":"MC5001","source":"request","rendered":"error MC5001 (line 1, column 45): `order` must be 1 or 2, not 3.\n  {\"expression\": \"x'Ax\", \"wrt\": \"x\", \"order\": 3}\n                                              ^"}""");

    [Fact]
    public Task AnEmptyVariableIsAnError() => AssertBadRequest("/api/diff",
        """{"expression": "x'Ax", "wrt": " "}""",
        """{"error":"wrt is required: name the variable, as in \"wrt\": \"x\", or begin the expression with a head that names it, as in `f(x) = …`.","line":null,"column":null,"length":null,"code":"MC5001","source":"request","rendered":"error MC5001: wrt is required: name the variable, as in \"wrt\": \"x\", or begin the expression with a head that names it, as in `f(x) = …`."}""");

    [Fact]
    public Task AnEmptyNameInAListOfVariablesIsAnError() => AssertBadRequest("/api/diff",
        """{"expression": "||Xw + b - y||^2", "wrt": "w,,b"}""",
        """{"error":"wrt `w,,b` has an empty name: give the variables separated by single commas, e.g. \"wrt\": \"w,b\".","line":null,"column":null,"length":null,"code":"MC5001","source":"request","rendered":"error MC5001: wrt `w,,b` has an empty name: give the variables separated by single commas, e.g. \"wrt\": \"w,b\"."}""");

    [Fact]
    public Task AnUnknownLayoutIsAnError() => AssertBadRequest("/api/diff",
        """{"expression": "Ax", "wrt": "x", "layout": "sideways"}""",
        """{"error":"`layout` must be numerator or denominator, not `sideways`.","line":1,"column":44,"length":10,"code":"MC5001","source":"request","rendered":"error MC5001 (line 1, column 44): `layout` must be numerator or denominator, not `sideways`.\n  {\"expression\": \"Ax\", \"wrt\": \"x\", \"layout\": \"sideways\"}\n                                             ^^^^^^^^^^"}""");

    [Fact]
    public Task AnUnknownFieldIsAnError() => AssertBadRequest("/api/diff",
        """{"expression": "x'Ax", "wrt": "x", "variable": "x"}""",
        """{"error":"unknown field `variable`; the fields of /api/diff are expression, wrt, order, let, steps, layout, at.","line":1,"column":36,"length":10,"code":"MC5001","source":"request","rendered":"error MC5001 (line 1, column 36): unknown field `variable`; the fields of /api/diff are expression, wrt, order, let, steps, layout, at.\n  {\"expression\": \"x'Ax\", \"wrt\": \"x\", \"variable\": \"x\"}\n                                     ^^^^^^^^^^"}""");

    [Fact]
    public Task AFieldGivenTwiceIsAnError() => AssertBadRequest("/api/diff",
        """{"expression": "x'Ax", "wrt": "x", "wrt": "A"}""",
        """{"error":"the field `wrt` is given twice.","line":1,"column":36,"length":5,"code":"MC5001","source":"request","rendered":"error MC5001 (line 1, column 36): the field `wrt` is given twice.\n  {\"expression\": \"x'Ax\", \"wrt\": \"x\", \"wrt\": \"A\"}\n                                     ^^^^^"}""");

    [Fact]
    public Task AMissingFieldIsAnError() => AssertBadRequest("/api/diff",
        """{"wrt": "x"}""",
        """{"error":"the field `expression` is missing; a request looks like {\"expression\": \"x'Ax\", \"wrt\": \"x\"}.","line":1,"column":12,"length":1,"code":"MC5001","source":"request","rendered":"error MC5001 (line 1, column 12): the field `expression` is missing; a request looks like {\"expression\": \"x'Ax\", \"wrt\": \"x\"}.\n  {\"wrt\": \"x\"}\n             ^"}""");

    [Fact]
    public Task AFieldOfTheWrongKindIsAnError() => AssertBadRequest("/api/diff",
        """{"expression": ["x'Ax"], "wrt": "x"}""",
        """{"error":"`expression` must be a string, not an array.","line":1,"column":16,"length":1,"code":"MC5001","source":"request","rendered":"error MC5001 (line 1, column 16): `expression` must be a string, not an array.\n  {\"expression\": [\"x'Ax\"], \"wrt\": \"x\"}\n                 ^"}""");

    [Fact]
    public Task AFractionalOrderIsAnError() => AssertBadRequest("/api/diff",
        """{"expression": "x'Ax", "wrt": "x", "order": 1.5}""",
        """{"error":"`order` must be a whole number, not 1.5.","line":1,"column":45,"length":3,"code":"MC5001","source":"request","rendered":"error MC5001 (line 1, column 45): `order` must be a whole number, not 1.5.\n  {\"expression\": \"x'Ax\", \"wrt\": \"x\", \"order\": 1.5}\n                                              ^^^"}""");

    [Fact]
    public Task MalformedJsonIsAnError() => AssertBadRequest("/api/diff",
        "{\"expression\": \"x'Ax\",\n \"wrt\": x}",
        """{"error":"the request is not valid JSON: 'x' is an invalid start of a value.","line":2,"column":9,"length":1,"code":"MC5001","source":"request","rendered":"error MC5001 (line 2, column 9): the request is not valid JSON: 'x' is an invalid start of a value.\n   \"wrt\": x}\n          ^"}""");

    [Fact]
    public Task ABodyThatIsNotAnObjectIsAnError() => AssertBadRequest("/api/diff",
        """["x'Ax", "x"]""",
        """{"error":"the request must be a JSON object such as {\"expression\": \"x'Ax\", \"wrt\": \"x\"}, not an array.","line":1,"column":1,"length":1,"code":"MC5001","source":"request","rendered":"error MC5001 (line 1, column 1): the request must be a JSON object such as {\"expression\": \"x'Ax\", \"wrt\": \"x\"}, not an array.\n  [\"x'Ax\", \"x\"]\n  ^"}""");

    [Fact]
    public Task AnythingAfterTheObjectIsAnError() => AssertBadRequest("/api/diff",
        """{"expression": "x'Ax", "wrt": "x"} {}""",
        """{"error":"the request is not valid JSON: '{' is invalid after a single JSON value. Expected end of data.","line":1,"column":36,"length":1,"code":"MC5001","source":"request","rendered":"error MC5001 (line 1, column 36): the request is not valid JSON: '{' is invalid after a single JSON value. Expected end of data.\n  {\"expression\": \"x'Ax\", \"wrt\": \"x\"} {}\n                                     ^"}""");

    [Fact]
    public Task AnEmptyBodyIsAnError() => AssertBadRequest("/api/diff", "", """{"error":"the request has no body; send a JSON object such as {\"expression\": \"x'Ax\", \"wrt\": \"x\"}.","line":null,"column":null,"length":null,"code":"MC5001","source":"request","rendered":"error MC5001: the request has no body; send a JSON object such as {\"expression\": \"x'Ax\", \"wrt\": \"x\"}."}""");

    [Fact]
    public Task APointThatDoesNotFitPointsIntoThePoint() => AssertBadRequest("/api/diff",
        """{"expression": "x'Ax", "wrt": "x", "at": {"A": [[1, 2], [3, 4]], "x": [1, 2, 3]}}""",
        """{"error":"x is n×1 with n = 2 (from A), but the point gives 3 entries.","line":1,"column":30,"length":9,"code":"MC4001","source":"at","rendered":"error MC4001 (line 1, column 30): x is n×1 with n = 2 (from A), but the point gives 3 entries.\n  {\"A\": [[1, 2], [3, 4]], \"x\": [1, 2, 3]}\n                               ^^^^^^^^^"}""");

    [Fact]
    public Task TheCaretCountsCharactersNotBytes() => AssertBadRequest("/api/diff",
        """{"expression": "σ(x'x) * )", "wrt": "x"}""",
        """{"error":"unexpected `)`, expected expression.","line":1,"column":10,"length":1,"code":"MC1001","source":"expression","rendered":"error MC1001 (line 1, column 10): unexpected `)`, expected expression.\n  σ(x'x) * )\n           ^"}""");

    [Fact]
    public async Task AnUnknownEndpointIs404AndAGetOfAnEndpointIs405()
    {
        var (status, body) = await Http.Post(client, "/api/integrate", "{}");
        Assert.Equal(404, status);
        Assert.Equal("""{"error":"no endpoint /api/integrate; the endpoints are /api/diff, /api/check, /api/parse, /api/view, /api/codegen.","line":null,"column":null,"length":null,"code":"MC5001","source":"request","rendered":"error MC5001: no endpoint /api/integrate; the endpoints are /api/diff, /api/check, /api/parse, /api/view, /api/codegen."}""", body);
        using var response = await client.GetAsync("/api/diff");
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal("""{"error":"/api/diff takes POST with a JSON object, not GET.","line":null,"column":null,"length":null,"code":"MC5001","source":"request","rendered":"error MC5001: /api/diff takes POST with a JSON object, not GET."}""", (await response.Content.ReadAsStringAsync()).TrimEnd('\n'));
    }
}
