namespace MatrixCalculus.Syntax.Notation;

/// <summary>
/// Reads LaTeX and the Unicode of a PDF copy into the plain syntax, keeping a map from every
/// plain character back to the original (<see cref="MappedText"/>). The plain parser then reads
/// the result, so LaTeX and plain text make the same syntax nodes, and every span (a node's, an
/// error's) is carried back into the LaTeX text.
/// Why a rewrite rather than a second grammar: the LaTeX constructs are all bracketed
/// (<c>\frac{a}{b}</c>, <c>^{…}</c>, <c>\left(…\right)</c>, <c>\sqrt{…}</c>), so each has a
/// plain spelling with the same meaning (<c>((a)/(b))</c>, <c>^(…)</c>, <c>(…)</c>,
/// <c>sqrt(…)</c>), and precedence, juxtaposition, norms and shapes are decided in one place.
/// Plain input passes through unchanged: everything the plain syntax writes means the same here.
/// The reader checks what only LaTeX has (braces, <c>\left</c>/<c>\right</c>, command names);
/// everything else is the plain parser's to report.
/// </summary>
internal sealed partial class LatexReader
{
    private readonly string text;
    private readonly List<string> names = [];
    private int pos;
    private int depth;
    // Inside a subscript, \times separates the sizes of a matrix (\mathbf{1}_{n \times m}) and \cdot the factors of one size.
    private bool inSubscript;

    private LatexReader(string text) => this.text = text;

    /// <summary>What closes the sequence being read.</summary>
    private enum Stop { End, Brace, Right, RVert, Bracket }

    /// <summary>
    /// The plain text, and the names of several letters the input wrote as one word
    /// (<c>\mathrm{bias}</c>, <c>\text{loss}</c>), which the parser must read as one symbol.
    /// </summary>
    public static (MappedText Text, IReadOnlyList<string> Names) Read(string text)
    {
        if (IsPlain(text)) return (new MappedText(text, text, Identity(text.Length, 0), Identity(text.Length, 1)), []);
        var reader = new LatexReader(text);
        var output = new PlainWriter();
        reader.Sequence(output, Stop.End, 0, 0, superscript: false);
        return (output.ToMapped(text), reader.names.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Plain syntax only: no LaTeX command, brace or bracket, and no glyph to rewrite.</summary>
    public static bool IsPlain(string text)
    {
        foreach (var c in text)
            if (c is '\\' or '{' or '}' or '[' or ']' or '$' or '&' or '~' || c > 127 && UnicodeGlyphs.Handles(c))
                return false;
        return true;
    }

    private static int[] Identity(int length, int offset) => Enumerable.Range(offset, length).ToArray();

    private void Sequence(PlainWriter w, Stop stop, int openStart, int openEnd, bool superscript)
    {
        while (true)
        {
            if (pos >= text.Length)
            {
                if (stop == Stop.End) return;
                throw Unclosed(stop, openStart, openEnd);
            }
            char c = text[pos];
            switch (c)
            {
                case '}' when stop == Stop.Brace: pos++; return;
                case '}': throw At(pos, 1, "unexpected `}`: no `{` before it to close.");
                case ']' when stop == Stop.Bracket: pos++; return;
                case '\\':
                {
                    int start = pos;
                    var name = CommandName();
                    if (name == "right" && stop == Stop.Right || name == "rvert" && stop == Stop.RVert) return;
                    if (name is "right" or "rvert")
                        throw At(start, pos - start, $"`\\{name}` without a `\\{(name == "right" ? "left" : "lvert")}` before it.");
                    Command(w, name, start, superscript);
                    break;
                }
                case '{':
                {
                    int open = pos;
                    var inner = GroupContent(superscript);
                    w.Emit("(", open, open + 1).Append(inner).Emit(")", pos - 1, pos);
                    break;
                }
                case '^': Superscript(w); break;
                case '_': Subscript(w); break;
                case '[': w.Emit("(", pos, pos + 1); pos++; break;
                case ']': w.Emit(")", pos, pos + 1); pos++; break;
                // $…$ around math, & of an aligned line and ~ (a non-breaking space) are layout.
                case '$' or '&' or '~': w.Emit(" ", pos, pos + 1); pos++; break;
                default: Character(w); break;
            }
        }
    }

    private void Character(PlainWriter w)
    {
        if (UnicodeGlyphs.Read(text, pos) is var (plain, length))
        {
            w.Emit(plain, pos, pos + length);
            pos += length;
            return;
        }
        int width = char.IsSurrogatePair(text, pos) ? 2 : 1;
        w.Emit(text.Substring(pos, width), pos, pos + width);
        pos += width;
    }

    /// <summary>At a backslash: the command's name (letters, or the one character after it), leaving pos after it.</summary>
    private string CommandName()
    {
        int start = pos++;
        if (pos >= text.Length) throw At(start, 1, "a `\\` must be followed by a command name, as in `\\frac`.");
        if (!char.IsAsciiLetter(text[pos])) return text[pos++].ToString();
        while (pos < text.Length && char.IsAsciiLetter(text[pos])) pos++;
        var name = text[(start + 1)..pos];
        if (name == "operatorname" && pos < text.Length && text[pos] == '*') pos++;
        return name;
    }

    /// <summary>At <c>{</c>: what is inside the braces, leaving pos after the <c>}</c>.</summary>
    private PlainWriter GroupContent(bool superscript)
    {
        int open = pos++;
        Enter(open, 1);
        var inner = new PlainWriter();
        Sequence(inner, Stop.Brace, open, open + 1, superscript);
        depth--;
        return inner;
    }

    private void Enter(int start, int length)
    {
        if (++depth > Limits.MaxDepth)
            throw SyntaxErrors.At(text, start, length, $"nesting deeper than {Limits.MaxDepth} levels.", DiagnosticCode.InputTooLarge);
    }

    private void SkipBlanks()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
    }

    private MatrixCalculusException Unclosed(Stop stop, int openStart, int openEnd)
    {
        var closer = stop switch { Stop.Brace => "}", Stop.Right => "\\right", Stop.RVert => "\\rvert", _ => "]" };
        return At(openStart, openEnd - openStart, $"`{text[openStart..openEnd]}` is not closed: expected `{closer}`.");
    }

    private MatrixCalculusException At(int start, int length, string message) => SyntaxErrors.At(text, start, length, message);
}
