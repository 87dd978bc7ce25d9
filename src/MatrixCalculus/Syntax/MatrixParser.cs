using Superpower;
using Superpower.Model;
using Superpower.Parsers;
using MatrixCalculus.Terms;
using static MatrixCalculus.Syntax.SpanCombinators;

namespace MatrixCalculus.Syntax;

/// <summary>
/// The token parsers, one per rule of grammar/MatrixCalculus.ebnf, highest precedence first.
/// The grammar is built twice: once for the top level and once for the inside of a norm
/// <c>||…||</c>, where a <c>||</c> after an operand closes the norm instead of starting a new
/// juxtaposed factor (so <c>||Xw - y||^2</c> needs no lookahead). Brackets inside a norm
/// (parentheses, calls, inner products) return to the top-level grammar.
/// Recursion happens only at brackets; chains (sums, products, prefixes, postfixes, signs)
/// loop, so the bracket depth the façade checks beforehand bounds the stack.
/// </summary>
internal sealed class MatrixParser
{
    private static readonly TokenListParser<MatrixToken, SyntaxNode> TopExpression = Parse.Ref(() => TopLevel!.Expression);
    private static readonly TokenListParser<MatrixToken, SyntaxNode> NormExpression = Parse.Ref(() => InsideNorm!.Expression);

    /// <summary>expression = sum ;</summary>
    public TokenListParser<MatrixToken, SyntaxNode> Expression { get; }

    private MatrixParser(bool insideNorm)
    {
        var factor = insideNorm ? NotAt(MatrixToken.DoubleBar, Prefix) : Prefix;
        var juxtaposition = Juxtaposition(factor);
        var product = Product(juxtaposition);
        var signed = Signed(product);
        Expression = Sum(signed).Named("expression");
    }

    private static TokenListParser<MatrixToken, Token<MatrixToken>> Tok(MatrixToken kind) => Token.EqualTo(kind);

    // ---- primary ------------------------------------------------------------------------------

    private static readonly TokenListParser<MatrixToken, Token<MatrixToken>?> OptionalSubscript =
        Tok(MatrixToken.Subscript).Optional();

    /// <summary>name = identifier [ subscript ] ;  (x, W1, W_2, α, alpha → α, eye → I, I_n)</summary>
    private static readonly TokenListParser<MatrixToken, SyntaxNode> Name =
        (from name in Tok(MatrixToken.Identifier).Or(Tok(MatrixToken.SpelledName))
         from subscript in OptionalSubscript
         select (name, subscript)).WithSpan()
        .Select(r => (SyntaxNode)new NameSyntax(NameOf(r.Value.name), SubscriptText(r.Value.subscript), r.Span));

    /// <summary>commutation = "K_{" size "," size "}" | "K_(" size "," size ")" ;  (one token: K_{m,n}, K_{3,2})</summary>
    private static readonly TokenListParser<MatrixToken, SyntaxNode> Commutation =
        Tok(MatrixToken.Commutation).Select(t =>
        {
            var (rows, cols) = MatrixTokenizer.SizesOf(t.ToStringValue());
            return (SyntaxNode)new CommutationSyntax(rows, cols, t.ToSourceSpan());
        });

    /// <summary>number = number-literal [ subscript ] ;  (2, 0.5, 1e-3, 1/2, 1_n)</summary>
    private static readonly TokenListParser<MatrixToken, SyntaxNode> Number =
        (from number in Tok(MatrixToken.Number)
         from subscript in OptionalSubscript
         select (number, subscript)).WithSpan()
        .Select(r => (SyntaxNode)new NumberSyntax(NumberLiteral.Value(r.Value.number.ToStringValue()), r.Value.number.ToStringValue(),
            SubscriptText(r.Value.subscript), r.Span));

    /// <summary>parenthesised = "(" expression ")" ;</summary>
    private static readonly TokenListParser<MatrixToken, SyntaxNode> Parenthesised =
        from open in Tok(MatrixToken.LeftParen)
        from inner in TopExpression
        from close in Tok(MatrixToken.RightParen)
        select (SyntaxNode)new ParenSyntax(inner, Cover(open, close));

    /// <summary>The norm's subscript: absent, or one of _1, _2, _F (also _{F}); any other is an error here.</summary>
    private static readonly TokenListParser<MatrixToken, (string Text, SourceSpan Span)?> NormSubscript = input =>
    {
        var next = input.ConsumeToken();
        if (!next.HasValue || next.Value.Kind != MatrixToken.Subscript)
            return TokenListParserResult.Value<MatrixToken, (string, SourceSpan)?>(null, input, input);
        var text = SubscriptText(next.Value);
        if (text is "1" or "2" or "F")
            return TokenListParserResult.Value<MatrixToken, (string, SourceSpan)?>((text, next.Value.ToSourceSpan()), input, next.Remainder);
        return TokenListParserResult.Empty<MatrixToken, (string, SourceSpan)?>(input, ["`_1`", "`_2`", "`_F`"]);
    };

    /// <summary>norm = "||" expression "||" [ "_1" | "_2" | "_F" ] ;</summary>
    private static readonly TokenListParser<MatrixToken, SyntaxNode> Norm =
        from open in Tok(MatrixToken.DoubleBar)
        from inner in NormExpression
        from close in Tok(MatrixToken.DoubleBar)
        from subscript in NormSubscript
        select (SyntaxNode)new NormSyntax(subscript?.Text, inner, open.ToSourceSpan().Union(subscript?.Span ?? close.ToSourceSpan()));

    /// <summary>inner = "&lt;" expression "," expression "&gt;" | "⟨" expression "," expression "⟩" ;</summary>
    private static readonly TokenListParser<MatrixToken, SyntaxNode> Inner =
        InnerBetween(MatrixToken.LessThan, MatrixToken.GreaterThan)
            .Or(InnerBetween(MatrixToken.LeftAngleBracket, MatrixToken.RightAngleBracket));

    private static TokenListParser<MatrixToken, SyntaxNode> InnerBetween(MatrixToken openKind, MatrixToken closeKind) =>
        from open in Tok(openKind)
        from left in TopExpression
        from comma in Tok(MatrixToken.Comma)
        from right in TopExpression
        from close in Tok(closeKind)
        select (SyntaxNode)new InnerSyntax(left, right, Cover(open, close));

    private static readonly TokenListParser<MatrixToken, Seq<SyntaxNode>> OneArgument = TopExpression.Select(a => Seq<SyntaxNode>.Of(a));

    private static readonly TokenListParser<MatrixToken, Seq<SyntaxNode>> TwoArguments =
        from first in TopExpression
        from comma in Tok(MatrixToken.Comma)
        from second in TopExpression
        select Seq<SyntaxNode>.Of(first, second);

    private static readonly TokenListParser<MatrixToken, Seq<SyntaxNode>> OneOrTwoArguments =
        from first in TopExpression
        from second in Tok(MatrixToken.Comma).IgnoreThen(TopExpression).Select(s => (SyntaxNode?)s).OptionalOrDefault()
        select second is null ? Seq<SyntaxNode>.Of(first) : Seq<SyntaxNode>.Of(first, second);

    private static TokenListParser<MatrixToken, Seq<SyntaxNode>> Arguments(string function) =>
        Keywords.LastArgumentOptional(function) ? OneOrTwoArguments : Keywords.Arity(function) == 2 ? TwoArguments : OneArgument;

    /// <summary>call = function "(" expression ")" | "kron" "(" expression "," expression ")" | "norm" "(" expression [ "," norm-kind ] ")" ;</summary>
    private static readonly TokenListParser<MatrixToken, SyntaxNode> Call =
        from name in Tok(MatrixToken.Function)
        let function = Keywords.Functions[name.ToStringValue()]
        from open in Tok(MatrixToken.LeftParen)
        from arguments in Arguments(function)
        from close in Tok(MatrixToken.RightParen)
        select function == "norm"
            ? NormCall.Of(arguments, Cover(name, close))
            : (SyntaxNode)new CallSyntax(function, arguments, name.ToSourceSpan(), Cover(name, close));

    /// <summary>primary = number | name | commutation | parenthesised | norm | inner | call ;</summary>
    private static readonly TokenListParser<MatrixToken, SyntaxNode> Primary =
        Number.Or(Name).Or(Commutation).Or(Parenthesised).Or(Norm).Or(Inner).Or(Call);

    // ---- postfix: x'  X^T  X^-1  x^2  ||x||^(3/2)  x.^2 ------------------------------------------

    private readonly record struct PostfixOperator(PostfixOp Op, SyntaxNode? Exponent, SourceSpan OpSpan);

    private static readonly TokenListParser<MatrixToken, SyntaxNode> UnsignedExponent =
        Tok(MatrixToken.Number).Select(n => (SyntaxNode)new NumberSyntax(NumberLiteral.Value(n.ToStringValue()), n.ToStringValue(), null, n.ToSourceSpan()))
            .Or(Name)
            .Or(Parenthesised);

    /// <summary>exponent = [ "-" ] ( number | name | parenthesised ) ;  (-1 is one literal, as the binder wants X^-1 = inverse)</summary>
    private static readonly TokenListParser<MatrixToken, SyntaxNode> Exponent =
        Tok(MatrixToken.Minus).Then(minus => UnsignedExponent.Select(e => e is NumberSyntax n
                ? new NumberSyntax(-n.Value, "-" + n.Text, null, minus.ToSourceSpan().Union(n.Span))
                : (SyntaxNode)new UnarySyntax(true, e, minus.ToSourceSpan(), minus.ToSourceSpan().Union(e.Span))))
            .Or(UnsignedExponent);

    /// <summary>postfix-operator = "'" | "^" "T" | "^" exponent | ".^" exponent ;  ("^T" is always transpose)</summary>
    private static readonly TokenListParser<MatrixToken, PostfixOperator> PostfixOperatorRule =
        Tok(MatrixToken.Prime).Select(p => new PostfixOperator(PostfixOp.Transpose, null, p.ToSourceSpan()))
            .Or(Tok(MatrixToken.Caret).Then(caret =>
                Token.EqualToValue(MatrixToken.Identifier, "T").Select(t => new PostfixOperator(PostfixOp.Transpose, null, Cover(caret, t)))
                    .Or(Exponent.Select(e => new PostfixOperator(PostfixOp.Power, e, caret.ToSourceSpan())))
                    .Named("exponent")))
            .Or(Tok(MatrixToken.DotCaret).Then(caret =>
                Exponent.Select(e => new PostfixOperator(PostfixOp.ElementPower, e, caret.ToSourceSpan())).Named("exponent")));

    /// <summary>postfix = primary { postfix-operator } ;  (left to right: x'^2 = (x')^2)</summary>
    private static readonly TokenListParser<MatrixToken, SyntaxNode> Postfix =
        from primary in Primary
        from operators in PostfixOperatorRule.Many()
        select operators.Aggregate(primary, (operand, o) => (SyntaxNode)new PostfixSyntax(
            o.Op, operand, o.Exponent, o.OpSpan, operand.Span.Union(o.OpSpan).Union(o.Exponent?.Span ?? SourceSpan.None)));

    // ---- prefix function without parentheses: log det X = log(det(X)), tr X' = tr(X') ---------

    /// <summary>A one-argument function name not followed by "(" (with "(" it is a call, a primary).</summary>
    private static readonly TokenListParser<MatrixToken, Token<MatrixToken>> PrefixFunction = input =>
    {
        var name = input.ConsumeToken();
        if (!name.HasValue || name.Value.Kind != MatrixToken.Function
            || Keywords.Arity(Keywords.Functions[name.Value.ToStringValue()]) != 1
            || name.Remainder.ConsumeToken() is { HasValue: true } next && next.Value.Kind == MatrixToken.LeftParen)
            return TokenListParserResult.Empty<MatrixToken, Token<MatrixToken>>(input);
        return TokenListParserResult.Value(name.Value, input, name.Remainder);
    };

    /// <summary>prefix = { prefix-function } postfix ;  (the operand is one postfix term: tr AXB = tr(A) X B)</summary>
    private static readonly TokenListParser<MatrixToken, SyntaxNode> Prefix =
        from functions in PrefixFunction.Many()
        from operand in Postfix.Named("expression")
        select Enumerable.Reverse(functions).Aggregate(operand, (inner, f) => (SyntaxNode)new CallSyntax(
            Keywords.Functions[f.ToStringValue()], Seq<SyntaxNode>.Of(inner), f.ToSourceSpan(), f.ToSourceSpan().Union(inner.Span)));

    // ---- juxtaposition, products, signs, sums -------------------------------------------------

    /// <summary>juxtaposition = prefix { prefix } ;  (x'Ax = x' A x; binds tighter than any operator)</summary>
    private static TokenListParser<MatrixToken, SyntaxNode> Juxtaposition(TokenListParser<MatrixToken, SyntaxNode> laterFactor) =>
        from first in Prefix
        from rest in laterFactor.Many()
        select rest.Length == 0 ? first
            : new JuxtaposeSyntax(rest.Prepend(first).ToSeq(), rest.Aggregate(first.Span, (span, f) => span.Union(f.Span)));

    private static readonly TokenListParser<MatrixToken, (BinaryOp Op, SourceSpan Span)> MultiplicativeOperator =
        BinaryOperator(MatrixToken.Star, BinaryOp.Multiply)
            .Or(BinaryOperator(MatrixToken.Slash, BinaryOp.Divide))
            .Or(BinaryOperator(MatrixToken.DotStar, BinaryOp.Hadamard))
            .Or(BinaryOperator(MatrixToken.CircledDot, BinaryOp.Hadamard))
            .Or(BinaryOperator(MatrixToken.DotSlash, BinaryOp.HadamardDivide))
            .Or(BinaryOperator(MatrixToken.CircledTimes, BinaryOp.Kron));

    private static readonly TokenListParser<MatrixToken, (BinaryOp Op, SourceSpan Span)> AdditiveOperator =
        BinaryOperator(MatrixToken.Plus, BinaryOp.Add).Or(BinaryOperator(MatrixToken.Minus, BinaryOp.Subtract));

    private static TokenListParser<MatrixToken, (BinaryOp, SourceSpan)> BinaryOperator(MatrixToken kind, BinaryOp op) =>
        Tok(kind).Select(t => (op, t.ToSourceSpan()));

    private static SyntaxNode MakeBinary((BinaryOp Op, SourceSpan Span) op, SyntaxNode left, SyntaxNode right) =>
        new BinarySyntax(op.Op, left, right, op.Span, left.Span.Union(right.Span));

    /// <summary>
    /// A fraction of two single numbers or symbols is the coefficient of what follows it, as the
    /// notes write <c>1/N ||Xw - y||^2</c> and <c>λ/2 ||w||^2</c>: a / b c d = (a/b) c d. Any
    /// other divisor is the whole juxtaposition (<c>x'Ax / x'x</c> = x'Ax/(x'x)).
    /// </summary>
    private static SyntaxNode MakeProduct((BinaryOp Op, SourceSpan Span) op, SyntaxNode left, SyntaxNode right)
    {
        if (op.Op == BinaryOp.Divide && IsSingleOperand(left) && right is JuxtaposeSyntax { Factors: [var first, ..] } product && IsSingleOperand(first))
        {
            var coefficient = new BinarySyntax(BinaryOp.Divide, left, first, op.Span, left.Span.Union(first.Span));
            return new JuxtaposeSyntax(product.Factors.SetItem(0, coefficient), left.Span.Union(product.Span));
        }
        return MakeBinary(op, left, right);
    }

    private static bool IsSingleOperand(SyntaxNode node) => node is NameSyntax or NumberSyntax { Subscript: null };

    /// <summary>product = juxtaposition { multiplicative-operator { sign } juxtaposition } ;  (left associative; a * -b allowed; 1/N x = (1/N) x)</summary>
    private static TokenListParser<MatrixToken, SyntaxNode> Product(TokenListParser<MatrixToken, SyntaxNode> juxtaposition) =>
        ChainLeft(MultiplicativeOperator, juxtaposition, Signed(juxtaposition), MakeProduct);

    /// <summary>signed = { "-" | "+" } operand ;  (-x'Ax = -(x'Ax), -a*b = -(a*b))</summary>
    private static TokenListParser<MatrixToken, SyntaxNode> Signed(TokenListParser<MatrixToken, SyntaxNode> operand) =>
        from signs in Tok(MatrixToken.Minus).Or(Tok(MatrixToken.Plus)).Many()
        from body in operand.Named("expression")
        select Enumerable.Reverse(signs).Aggregate(body, (inner, sign) => (SyntaxNode)new UnarySyntax(
            sign.Kind == MatrixToken.Minus, inner, sign.ToSourceSpan(), sign.ToSourceSpan().Union(inner.Span)));

    /// <summary>sum = signed { ("+" | "-") signed } ;  (left associative)</summary>
    private static TokenListParser<MatrixToken, SyntaxNode> Sum(TokenListParser<MatrixToken, SyntaxNode> signed) =>
        ChainLeft(AdditiveOperator, signed, signed, MakeBinary);

    // ---- helpers ------------------------------------------------------------------------------

    private static TokenListParser<MatrixToken, SyntaxNode> NotAt(MatrixToken kind, TokenListParser<MatrixToken, SyntaxNode> parser) => input =>
    {
        var next = input.ConsumeToken();
        return next.HasValue && next.Value.Kind == kind ? TokenListParserResult.Empty<MatrixToken, SyntaxNode>(input) : parser(input);
    };

    // _n → n, _{ij} → ij
    private static string SubscriptText(Token<MatrixToken> subscript) => subscript.ToStringValue().TrimStart('_').Trim('{', '}');

    private static string? SubscriptText(Token<MatrixToken>? subscript) => subscript is { } s ? SubscriptText(s) : null;

    // alpha1 → α1, eye → I; one-letter and declared names stay as written.
    private static string NameOf(Token<MatrixToken> token) =>
        token.Kind == MatrixToken.SpelledName ? Keywords.CanonicalSymbol(token.ToStringValue()) : token.ToStringValue();

    // Static fields initialize in textual order: the two grammars come last, after every shared rule they use.
    public static readonly MatrixParser TopLevel = new(insideNorm: false);
    private static readonly MatrixParser InsideNorm = new(insideNorm: true);
}
