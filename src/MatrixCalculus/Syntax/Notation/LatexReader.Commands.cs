using System.Text.RegularExpressions;

namespace MatrixCalculus.Syntax.Notation;

// Commands: fixed pieces (\cdot, \alpha, \log), fractions, roots, \left…\right, fonts.
internal sealed partial class LatexReader
{
    // One number or one name: a fraction of these needs no inner parentheses (\frac{1}{N} is 1/N).
    [GeneratedRegex(@"^(\d+|\p{L}\d*)$")]
    private static partial Regex SingleOperand();

    [GeneratedRegex(@"^[\p{L}\d]*\p{L}[\p{L}\d]*$")]
    private static partial Regex Word();

    private void Command(PlainWriter w, string name, int start, bool superscript)
    {
        int end = pos;
        if (name == "times" && inSubscript) { w.Emit("×", start, end); return; }
        if (LatexCommands.Pieces.TryGetValue(name, out var piece)) { w.Emit(piece, start, end); return; }
        if (LatexCommands.Greek.TryGetValue(name, out var letter)) { w.Emit(letter, start, end); return; }
        if (LatexCommands.Functions.TryGetValue(name, out var function)) { w.Emit($" {function} ", start, end); return; }
        if (LatexCommands.Transposes.Contains(name))
        {
            if (superscript) { w.Emit("'", start, end); return; }
            throw At(start, end - start, $"`\\{name}` is a transpose only as a superscript, as in `x^\\{name}`.");
        }
        switch (name)
        {
            case "frac" or "tfrac" or "dfrac" or "cfrac": Fraction(w, name, start); return;
            case "sqrt": Root(w, start); return;
            case "left": LeftRight(w, start); return;
            case "lvert": Abs(w, start); return;
        }
        if (LatexCommands.SymbolFonts.Contains(name)) { SymbolFont(w, name, start); return; }
        if (LatexCommands.WordFonts.Contains(name)) { WordFont(w, name, start); return; }
        throw At(start, end - start, NearestNames.DidYouMean(name, LatexCommands.Known, "\\") is { } near
            ? $"unknown LaTeX command `\\{name}`; {near}"
            : $"unknown LaTeX command `\\{name}`; the commands matcalc reads are listed in grammar/README.md.");
    }

    /// <summary>A command's argument: <c>{…}</c>, one command (<c>\frac\alpha2</c>) or one character (<c>\frac12</c>).</summary>
    private PlainWriter Argument(string command, int commandStart)
    {
        SkipBlanks();
        if (pos >= text.Length)
            throw At(text.Length, 0, $"unexpected end of input, expected the argument of `\\{command}`, as in `\\{command}{{…}}`.");
        if (text[pos] == '{') return GroupContent(superscript: false);
        var argument = new PlainWriter();
        if (text[pos] == '\\')
        {
            int start = pos;
            Command(argument, CommandName(), start, superscript: false);
        }
        else if (text[pos] == '}') throw At(pos, 1, $"unexpected `}}`, expected the argument of `\\{command}`.");
        else Character(argument);
        return argument;
    }

    // \frac{a}{b} = ((a)/(b)), a group of its own: \frac{1}{N}\|r\|^2 is (1/N)||r||^2.
    private void Fraction(PlainWriter w, string name, int start)
    {
        int nameEnd = pos;
        var numerator = Argument(name, start);
        var denominator = Argument(name, start);
        bool single = SingleOperand().IsMatch(numerator.Compact()) && SingleOperand().IsMatch(denominator.Compact());
        var (open, close) = single ? ("(", ")") : ("((", "))");
        var slash = single ? "/" : ")/(";
        // The digits of \frac{1}{2} touch the slash, so the plain tokenizer reads one literal 1/2.
        if (single) { numerator = numerator.WithoutBlanks(); denominator = denominator.WithoutBlanks(); }
        w.Emit(open, start, nameEnd).Append(numerator).Emit(slash, start, nameEnd).Append(denominator).Emit(close, start, nameEnd);
    }

    // \sqrt{x} = sqrt(x); \sqrt[n]{x} = x^(1/n).
    private void Root(PlainWriter w, int start)
    {
        int nameEnd = pos;
        SkipBlanks();
        PlainWriter? index = null;
        if (pos < text.Length && text[pos] == '[')
        {
            int open = pos++;
            Enter(open, 1);
            index = new PlainWriter();
            Sequence(index, Stop.Bracket, open, open + 1, superscript: false);
            depth--;
        }
        var radicand = Argument("sqrt", start);
        if (index is null) w.Emit(" sqrt(", start, nameEnd).Append(radicand).Emit(")", start, nameEnd);
        else w.Emit("((", start, nameEnd).Append(radicand).Emit(")^(1/(", start, nameEnd).Append(index).Emit(")))", start, nameEnd);
    }

    private enum Delimiter { None, Paren, Norm, Angle, Abs }

    // \left( … \right) with any pair of delimiters: parentheses, norms, angles, absolute value.
    private void LeftRight(PlainWriter w, int start)
    {
        var left = ReadDelimiter("left", start);
        int leftEnd = pos;
        Enter(start, leftEnd - start);
        var inner = new PlainWriter();
        Sequence(inner, Stop.Right, start, leftEnd, superscript: false);
        depth--;
        int rightStart = pos - "\\right".Length;
        var right = ReadDelimiter("right", rightStart);
        if (left != Delimiter.None && right != Delimiter.None && left != right)
            throw At(rightStart, pos - rightStart, $"`{text[rightStart..pos]}` does not match `{text[start..leftEnd]}`.");
        var kind = left != Delimiter.None ? left : right;
        var (open, close) = kind switch
        {
            Delimiter.Norm => ("||", "||"),
            Delimiter.Angle => ("⟨", "⟩"),
            Delimiter.Abs => (" abs(", ")"),
            _ => ("(", ")"),
        };
        w.Emit(open, start, leftEnd).Append(inner).Emit(close, rightStart, pos);
    }

    private Delimiter ReadDelimiter(string command, int commandStart)
    {
        SkipBlanks();
        if (pos >= text.Length)
            throw At(text.Length, 0, $"unexpected end of input, expected a delimiter after `\\{command}`, as in `\\{command}(`.");
        int start = pos;
        if (text[pos] == '\\')
        {
            var name = CommandName();
            return name switch
            {
                "{" or "}" or "lbrace" or "rbrace" or "lbrack" or "rbrack" => Delimiter.Paren,
                "|" or "Vert" or "lVert" or "rVert" => Delimiter.Norm,
                "langle" or "rangle" => Delimiter.Angle,
                "vert" or "lvert" or "rvert" => Delimiter.Abs,
                _ => throw At(start, pos - start, $"`\\{name}` is not a delimiter for `\\{command}`; use one of ( ) [ ] | \\| \\langle \\rangle or ."),
            };
        }
        char c = text[pos++];
        return c switch
        {
            '(' or ')' or '[' or ']' => Delimiter.Paren,
            '|' => Delimiter.Abs,
            '‖' or '∥' => Delimiter.Norm,
            '⟨' or '⟩' => Delimiter.Angle,
            '.' => Delimiter.None,
            _ => throw At(start, 1, $"{SyntaxErrors.Describe(text, start)} is not a delimiter for `\\{command}`; use one of ( ) [ ] | \\| \\langle \\rangle or ."),
        };
    }

    // \lvert x \rvert = abs(x)
    private void Abs(PlainWriter w, int start)
    {
        int nameEnd = pos;
        Enter(start, nameEnd - start);
        var inner = new PlainWriter();
        Sequence(inner, Stop.RVert, start, nameEnd, superscript: false);
        depth--;
        w.Emit(" abs(", start, nameEnd).Append(inner).Emit(")", pos - "\\rvert".Length, pos);
    }

    // \mathbf{x} is x; \mathbf{1} the ones vector (\mathbf{1}_n, \mathbf{1}_{n \times m}), \mathbf{0} a zero.
    private void SymbolFont(PlainWriter w, string name, int start)
    {
        var argument = Argument(name, start);
        var symbol = argument.Compact();
        if (symbol is "1" or "0") OnesOrZero(w, symbol == "1", start);
        else w.Append(argument);
    }

    private void OnesOrZero(PlainWriter w, bool ones, int start)
    {
        var size = pos < text.Length && text[pos] == '_' ? ReadSubscript() : null;
        string plain;
        if (size is null) plain = ones ? "ones" : "0";
        else if (size.Split('×') is [var rows, var cols])
            plain = (ones ? "(" : "(0*") + $"{OnesOfSize(rows)} {OnesOfSize(cols)}')";
        else plain = ones ? OnesOfSize(size) : $"(0*{OnesOfSize(size)})";
        // Blanks around it: x\mathbf{1}_n is x 1_n, not the symbol x1 with subscript n.
        w.Emit($" {plain} ", start, pos);
    }

    // 1_n, and kron(1_n, 1_m) for a product size n·m.
    private static string OnesOfSize(string size) =>
        ProductSize(size) is { } factors ? Kron(factors.Select(f => "1_" + Braced(f))) : "1_" + Braced(size);

    private static string Braced(string subscript) => subscript.Length == 1 ? subscript : "{" + subscript + "}";

    // \operatorname{tr}, \mathrm{ReLU}: a function; \mathrm{bias}: one symbol of several letters.
    private void WordFont(PlainWriter w, string name, int start)
    {
        var argument = Argument(name, start);
        var word = argument.Compact();
        if (Keywords.Functions.ContainsKey(word) || Keywords.Functions.ContainsKey(word.ToLowerInvariant()))
        {
            var function = Keywords.Functions.ContainsKey(word) ? word : word.ToLowerInvariant();
            w.Emit($" {AlongAxis(function)} ", start, pos);
            return;
        }
        if (name.StartsWith("operatorname", StringComparison.Ordinal))
            throw At(start, pos - start, Keywords.UnknownFunction(text[start..pos], word), DiagnosticCode.UnknownFunction);
        if (Word().IsMatch(word) && word.Length > 1)
        {
            names.Add(word);
            w.Emit($" {word} ", start, pos);
            return;
        }
        w.Append(argument);
    }

    // \operatorname{softmax}_{\mathrm{rows}} is softmax_rows: the axis written below the name.
    private string AlongAxis(string function)
    {
        if (pos >= text.Length || text[pos] != '_') return function;
        int before = pos;
        var axis = ReadSubscript();
        if (axis is not null && Keywords.Functions.ContainsKey($"{function}_{axis}")) return $"{function}_{axis}";
        pos = before;
        return function;
    }

    private MatrixCalculusException At(int start, int length, string message, DiagnosticCode code) => SyntaxErrors.At(text, start, length, message, code);
}
