using Superpower;
using Superpower.Model;

namespace MatrixCalculus.Syntax;

/// <summary>
/// Combinators Superpower lacks: the source span of what a parser consumed, and a left-associative
/// chain that loops instead of recursing (so a sum of 50,000 terms cannot overflow the stack).
/// </summary>
internal static class SpanCombinators
{
    public static SourceSpan ToSourceSpan(this Token<MatrixToken> token) =>
        new(token.Position.Absolute, token.Span.Length, token.Position.Line, token.Position.Column);

    /// <summary>
    /// Runs <paramref name="parser"/> and pairs its value with the span of the tokens it consumed
    /// (None if it consumed none). Walks the consumed tokens, so use it on short constructs; a
    /// bracketed construct takes its span from its two brackets instead.
    /// </summary>
    public static TokenListParser<TKind, (T Value, SourceSpan Span)> WithSpan<TKind, T>(this TokenListParser<TKind, T> parser) => input =>
    {
        var result = parser(input);
        if (!result.HasValue)
            return TokenListParserResult.CastEmpty<TKind, T, (T, SourceSpan)>(result);
        int count = result.Remainder.Position - input.Position;
        var span = count == 0 ? SourceSpan.None : Cover(input.First(), input.ElementAt(count - 1));
        return TokenListParserResult.Value((result.Value, span), input, result.Remainder);
    };

    public static SourceSpan Cover<TKind>(Token<TKind> first, Token<TKind> last) =>
        new(first.Position.Absolute, last.Position.Absolute + last.Span.Length - first.Position.Absolute, first.Position.Line, first.Position.Column);

    /// <summary>
    /// <c>operand { operator operand }</c>, folded to the left: a - b - c = (a - b) - c. The first
    /// operand and the later ones may differ (after an operator a sign is allowed: <c>a * -b</c>).
    /// An operator that is not followed by an operand is an error at the token after it.
    /// </summary>
    public static TokenListParser<TKind, T> ChainLeft<TKind, TOperator, T>(
        TokenListParser<TKind, TOperator> @operator,
        TokenListParser<TKind, T> firstOperand,
        TokenListParser<TKind, T> laterOperand,
        Func<TOperator, T, T, T> apply) => input =>
    {
        var first = firstOperand(input);
        if (!first.HasValue) return first;
        var value = first.Value;
        var remainder = first.Remainder;
        while (true)
        {
            var op = @operator(remainder);
            if (!op.HasValue)
            {
                if (op.Remainder != remainder) return TokenListParserResult.CastEmpty<TKind, TOperator, T>(op);
                return TokenListParserResult.Value(value, input, remainder);
            }
            var operand = laterOperand(op.Remainder);
            if (!operand.HasValue) return operand;
            value = apply(op.Value, value, operand.Value);
            remainder = operand.Remainder;
        }
    };

}
