using System.Runtime.ExceptionServices;
using Superpower;
using Superpower.Model;
using MatrixCalculus.Syntax.Notation;

namespace MatrixCalculus.Syntax;

/// <summary>Text to syntax tree: the entry point of the expression language (grammar/MatrixCalculus.ebnf).</summary>
public static class Parser
{
    private static readonly TokenListParser<MatrixToken, SyntaxNode> Grammar = MatrixParser.TopLevel.Expression.AtEnd();

    // Each bracket level costs the combinator parser about 10 KB of stack (20 closure frames with
    // large result structs), so 200 levels need about 2 MB: more than a thread-pool thread may
    // have. Shallow input parses on the caller's thread; deeper input on a thread of its own.
    private const int InlineBracketDepth = 16;
    private const int DeepParseStackBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Parses an expression. <paramref name="declaredNames"/> are the multi-letter names that are
    /// one symbol (<c>bias</c> in <c>Wx + bias</c>); without them a word is a product of letters.
    /// </summary>
    /// <exception cref="MatrixCalculusException">
    /// For every bad input, with a <see cref="Diagnostic"/> whose span lies inside
    /// <paramref name="text"/> (or at its end): MC1001 syntax, MC1002 unknown function, MC1003 input
    /// longer than <see cref="Limits.MaxInputLength"/> or nested deeper than <see cref="Limits.MaxDepth"/>.
    /// </exception>
    public static SyntaxNode Parse(string text, IReadOnlyCollection<string>? declaredNames = null) => Read(text, declaredNames).Tree;

    /// <summary>
    /// Reads an expression in the plain syntax, LaTeX or the Unicode of a PDF copy (told apart by
    /// content: a backslash command, a brace, a glyph), with a leading <c>f(x) =</c> allowed. The
    /// tree's spans and every error point into <paramref name="text"/> as written.
    /// </summary>
    /// <exception cref="MatrixCalculusException">As <see cref="Parse"/>.</exception>
    public static ParsedExpression Read(string text, IReadOnlyCollection<string>? declaredNames = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Limits.MaxInputLength)
            throw SyntaxErrors.At(text, Limits.MaxInputLength, 1,
                $"input longer than {Limits.MaxInputLength} characters.", DiagnosticCode.InputTooLarge);

        var (mapped, latexNames) = LatexReader.Read(text);
        var (plain, head) = ExpressionHead.Strip(mapped.Text);
        var names = (declaredNames ?? []).Concat(latexNames).Concat(head).Distinct(StringComparer.Ordinal).ToList();
        SyntaxNode tree;
        IReadOnlyList<Note> notes;
        try
        {
            tree = ParsePlain(plain, names, out notes);
        }
        catch (MatrixCalculusException e)
        {
            throw new MatrixCalculusException(mapped.ToOriginal(e.Diagnostic));
        }
        if (mapped.IsIdentity) return new(tree, notes, head);
        return new(SpanMapper.Map(tree, mapped), notes.Select(n => n with { Span = mapped.ToOriginal(n.Span) }).ToList(), head);
    }

    private static SyntaxNode ParsePlain(string text, IReadOnlyCollection<string> declaredNames, out IReadOnlyList<Note> notes)
    {
        var tokens = MatrixTokenizer.Tokenize(text, declaredNames, out notes);
        int depth = DepthGuard.CheckBrackets(text, tokens);
        var result = depth <= InlineBracketDepth ? Grammar(tokens) : OnLargeStack(() => Grammar(tokens));
        if (!result.HasValue)
            throw SyntaxErrors.At(text, ErrorSpan(text, result.Remainder), result.FormatErrorMessageFragment() + ".");
        DepthGuard.CheckTree(text, result.Value);
        return result.Value;
    }

    // Superpower points at the next unparsed token, or the end of the input.
    private static SourceSpan ErrorSpan(string text, TokenList<MatrixToken> remainder) =>
        remainder.ConsumeToken() is { HasValue: true } next ? next.Value.ToSourceSpan() : SourceSpan.At(text, text.Length, 0);

    private static T OnLargeStack<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
        }, DeepParseStackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
