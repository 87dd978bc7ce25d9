using System.Runtime.ExceptionServices;
using MatrixCalculus.Calculus;
using MatrixCalculus.Numerics;
using MatrixCalculus.Printing;
using MatrixCalculus.Syntax;

namespace MatrixCalculus.Tests.LimitTests;

/// <summary>
/// The proof that no tree walk can overflow the stack: every construct of the language nested as
/// deep as the parser accepts goes through everything that walks a term (binder, differentiator,
/// simplifier, identification, both printers, random points, the evaluator, the checker), at
/// order 1 and 2, on a thread with a 1 MB stack (a thread-pool thread has 1.5 MB, matcalc's
/// command thread 64 MB). Each run ends in a result or a clean diagnostic: the derivatives that
/// would be too deep or too large to walk are stopped by Limits.MaxTermSize and MaxTermDepth.
/// </summary>
public class DeepInputTests
{
    private const int SmallStack = 1 << 20;

    // (open, middle, close, declarations): the construct nested n times is open^n middle close^n.
    public static TheoryData<string, string, string, string?> Constructs => new()
    {
        { "(", "x'x", ")", null },
        { "||", "x", "||", null },
        { "log(", "x", ")", "x: scalar" },
        { "log ", "x", "", "x: scalar" },
        { "exp ", "x", "", "x: scalar" },
        { "σ(", "x", ")", null },
        { "sqrt(", "x", ")", null },
        { "relu(", "x", ")", null },
        { "-(", "x", ")", null },
        { "inv(", "X", ")", null },
        { "tr(", "X", ")", null },
        { "det(", "X", ")", null },
        { "(", "X", ")'", null },
        { "(", "x", ")^2", "x: scalar" },
        { "(", "x", ")^(1/2)", "x: scalar" },
        { "(", "X", ")^2", null },
        { "(", "X", ")^-1", null },
        { "diag(", "x", ")", null },
        { "kron(x, ", "x", ")", null },
        { "softmax(", "x", ")", null },
        { "(x + ", "x", ")", null },
        { "A(", "x", ")", null },
        { "x .* (", "x", ")", null },
        { "(1 + ", "x", ")/x", "x: scalar" },
        { "(x ./ ", "x", ")", null },
        { "(", "x", ").^2", null },
        { "vec(", "X", ")", null },
        { "logdet(X + ", "X", ")", null },
        { "α(", "x", ")", null },
        { "(x'x)(", "x", ")", null },
        { "<x, ", "x", ">", null },
    };

    [Theory]
    [MemberData(nameof(Constructs))]
    public void TheDeepestInputOfEachConstructIsDifferentiatedPrintedAndCheckedOnASmallStack(string open, string middle, string close, string? let)
    {
        int depth = DeepestAccepted(open, middle, close);
        Assert.True(depth >= 60, $"only {depth} levels of {open}…{close} parse");
        var expression = Nest(open, middle, close, depth);
        OnSmallStack(() =>
        {
            var texts = new List<string> { expression };
            // A non-scalar f has no Hessian: its sum (one level less deep) has one.
            if (!IsScalar(expression, let)) texts.Add("sum(" + Nest(open, middle, close, depth - 1) + ")");
            foreach (var text in texts)
                foreach (var order in new[] { 1, 2 })
                    // The steps cost time quadratic in the depth: worked out once per construct.
                    Exercise(text, let, order, withSteps: text == expression && order == 1);
        });
    }

    private static void Exercise(string expression, string? let, int order, bool withSteps)
    {
        try
        {
            var compiled = Engine.Compile(expression, let);
            Assert.NotEmpty(TextPrinter.Print(compiled.Expression) + LatexPrinter.Print(compiled.Expression));
            // The innermost symbol, which every level depends on: x in A(A(…(x)…)).
            var wrt = compiled.Symbols.Last().Name;
            var derivation = Engine.Differentiate(compiled, wrt, order);
            Assert.NotEmpty(TextPrinter.Print(derivation.Result) + LatexPrinter.Print(derivation.Result));
            if (withSteps)
                foreach (var step in derivation.Steps)
                    Assert.NotEmpty(TextPrinter.Print(step.Expression) + LatexPrinter.Print(step.Expression));
            var point = RandomPoint.Generate(compiled.Expression, compiled.Symbols, 1);
            Engine.Evaluate(compiled, point);
            Engine.EvaluateDerivative(compiled, derivation, point);
            Engine.Check(compiled, derivation, point);
        }
        catch (MatrixCalculusException)
        {
            // A clean diagnostic (too large, a shape error, a value undefined at the point) is an answer.
        }
    }

    private static bool IsScalar(string expression, string? let)
    {
        try { return Engine.Compile(expression, let).Expression.Shape.IsScalar; }
        catch (MatrixCalculusException) { return false; }
    }

    // The parser's depth guard decides: the largest n for which open^n middle close^n parses.
    private static int DeepestAccepted(string open, string middle, string close)
    {
        int low = 1, high = Limits.MaxDepth;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (Parses(Nest(open, middle, close, mid))) low = mid; else high = mid - 1;
        }
        Assert.False(Parses(Nest(open, middle, close, Limits.MaxDepth + 1)));
        return low;
    }

    private static bool Parses(string text)
    {
        try
        {
            Parser.Parse(text);
            return true;
        }
        catch (MatrixCalculusException e) when (e.Diagnostic.Code == DiagnosticCode.InputTooLarge)
        {
            return false;
        }
    }

    private static string Nest(string open, string middle, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + middle + string.Concat(Enumerable.Repeat(close, depth));

    private static void OnSmallStack(Action work)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try { work(); }
            catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
        }, SmallStack);
        thread.Start();
        thread.Join();
        failure?.Throw();
    }
}
