using ReplyLint.Text;

namespace ReplyLint.Rules.Hygiene;

/// <summary>What is wrong with a broken placeholder.</summary>
internal enum DelimiterProblem
{
    /// <summary><c>{{ name</c>: opened and never closed on its line.</summary>
    Unclosed,

    /// <summary><c>{{ }}</c>: nothing between the delimiters.</summary>
    Empty,

    /// <summary><c>{ name }}</c> or <c>{{ name }</c>: one brace short on one side.</summary>
    MissingBrace,

    /// <summary><c>{{{ name }}</c> or <c>{{ name }}}</c>: two braces on one side, three on the other.</summary>
    BraceCountMismatch,

    /// <summary><c>{{ name %}</c> or <c>{% if x }}</c>: opened as one kind, closed as the other.</summary>
    KindMismatch,

    /// <summary><c>{ {name} }</c> or <c>{ % if x % }</c>: spaces inside a delimiter.</summary>
    SpacedDelimiter,

    /// <summary><c>name}}</c> or <c>%}</c> with no opener.</summary>
    StrayCloser,

    /// <summary><c>[Customer Name,</c>: a bracket fill-in never closed.</summary>
    UnclosedBracket,
}

/// <summary>A broken placeholder: where, what is wrong, what it should look like, and the replacement for its span when
/// the intent is certain.</summary>
/// <param name="Span">The broken placeholder (never more than one line).</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="Advice">What to write instead, for the message: a quoted form such as <c>'{{ name }}'</c>, or words.</param>
/// <param name="Replacement">The text that replaces <paramref name="Span"/> when the fix is certain; null otherwise.</param>
internal sealed record MalformedPlaceholder(TextSpan Span, DelimiterProblem Problem, string Advice, string? Replacement);

/// <summary>Finds broken placeholder delimiters in the raw source of a template body, line by line: unbalanced,
/// mismatched, spaced and stray <c>{{ }}</c>, <c>{{{ }}}</c> and <c>{% %}</c>, and unclosed <c>[Customer Name</c>.</summary>
/// <remarks>
/// <para>A placeholder never spans lines (the parser reads them the same way). Masked spans (comments) are skipped.
/// In code, only what opens with a delimiter the help desk reads (<c>{{</c>, <c>{{{</c>, <c>{%</c>) is checked: single
/// braces, spaced braces and stray closers are ordinary in code samples such as JSON, and so is a closer with a brace
/// to spare (<c>{"id": {{ order.id }}}</c>).</para>
/// <para>Single braces on their own (<c>{name}</c>) are left alone: they are literal text or another tool's syntax.</para>
/// </remarks>
internal static class PlaceholderDelimiterScanner
{
    private enum Shape
    {
        Single,
        Double,
        Triple,
        Tag,
        SpacedDouble,
        SpacedTag,
        Many,
    }

    private readonly record struct Delimiter(int Start, int End, Shape Shape, bool IsOpener);

    /// <summary>Scans <paramref name="body"/> of <paramref name="text"/>.</summary>
    /// <param name="text">The whole source.</param>
    /// <param name="body">The part to scan (the front matter excluded).</param>
    /// <param name="masked">Spans never scanned (comments), sorted by start.</param>
    /// <param name="code">Code spans, sorted by start, where only paired double, triple and tag delimiters are checked.</param>
    public static List<MalformedPlaceholder> Scan(string text, TextSpan body, List<TextSpan> masked, List<TextSpan> code)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<MalformedPlaceholder>();
        var buffer = Mask(text, body, masked);
        var delimiters = new List<Delimiter>();
        var onLine = new List<MalformedPlaceholder>();
        for (var line = body.Start; line < body.End; line = TemplateRegions.NextLineStart(text, line, body.End))
        {
            var lineEnd = TemplateRegions.LineEnd(text, line, body.End);
            delimiters.Clear();
            onLine.Clear();
            Tokenize(buffer, body.Start, line, lineEnd, delimiters);
            Pair(text, delimiters, code, onLine);
            FindUnclosedBrackets(text, buffer, body.Start, line, lineEnd, code, onLine);

            // A fix is certain only for a lone problem: with two on a line, which brace belongs to which is a guess.
            if (onLine.Count > 1)
            {
                for (var i = 0; i < onLine.Count; i++)
                {
                    onLine[i] = onLine[i] with { Replacement = null };
                }
            }

            onLine.Sort(static (a, b) => a.Span.CompareTo(b.Span));
            found.AddRange(onLine);
        }

        return found;
    }

    // The body with masked spans blanked to '\0', which is neither a brace nor a space, so nothing pairs across a comment.
    private static char[] Mask(string text, TextSpan body, List<TextSpan> masked)
    {
        var buffer = text.ToCharArray(body.Start, body.Length);
        foreach (var span in masked)
        {
            var start = Math.Max(span.Start, body.Start);
            var end = Math.Min(span.End, body.End);
            for (var i = start; i < end; i++)
            {
                if (buffer[i - body.Start] is not ('\r' or '\n'))
                {
                    buffer[i - body.Start] = '\0';
                }
            }
        }

        return buffer;
    }

    private static void Tokenize(char[] buffer, int offset, int lineStart, int lineEnd, List<Delimiter> delimiters)
    {
        char At(int i) => i < lineEnd ? buffer[i - offset] : '\n';

        var i = lineStart;
        while (i < lineEnd)
        {
            var c = At(i);
            if (c == '{')
            {
                var run = RunLength(buffer, offset, i, lineEnd, '{');
                var next = i + run;
                if (run == 1 && At(next) == '%')
                {
                    delimiters.Add(new Delimiter(i, next + 1, Shape.Tag, IsOpener: true));
                    i = next + 1;
                    continue;
                }

                if (run == 1)
                {
                    var gap = SkipSpaces(buffer, offset, next, lineEnd);
                    if (gap > next && At(gap) == '{' && At(gap + 1) != '{')
                    {
                        delimiters.Add(new Delimiter(i, gap + 1, Shape.SpacedDouble, IsOpener: true));
                        i = gap + 1;
                        continue;
                    }

                    if (gap > next && At(gap) == '%')
                    {
                        delimiters.Add(new Delimiter(i, gap + 1, Shape.SpacedTag, IsOpener: true));
                        i = gap + 1;
                        continue;
                    }
                }

                // Four or more braces are Handlebars raw blocks ({{{{raw}}}}) or not a placeholder at all: left alone.
                if (run <= 3)
                {
                    delimiters.Add(new Delimiter(i, next, run switch { 1 => Shape.Single, 2 => Shape.Double, _ => Shape.Triple }, IsOpener: true));
                }

                i = next;
            }
            else if (c == '%')
            {
                if (At(i + 1) == '}')
                {
                    delimiters.Add(new Delimiter(i, i + 2, Shape.Tag, IsOpener: false));
                    i += 2;
                    continue;
                }

                var gap = SkipSpaces(buffer, offset, i + 1, lineEnd);
                if (gap > i + 1 && At(gap) == '}' && At(gap + 1) != '}')
                {
                    delimiters.Add(new Delimiter(i, gap + 1, Shape.SpacedTag, IsOpener: false));
                    i = gap + 1;
                    continue;
                }

                i++;
            }
            else if (c == '}')
            {
                var run = RunLength(buffer, offset, i, lineEnd, '}');
                var next = i + run;
                if (run == 1)
                {
                    var gap = SkipSpaces(buffer, offset, next, lineEnd);
                    if (gap > next && At(gap) == '}' && At(gap + 1) != '}')
                    {
                        delimiters.Add(new Delimiter(i, gap + 1, Shape.SpacedDouble, IsOpener: false));
                        i = gap + 1;
                        continue;
                    }
                }

                delimiters.Add(new Delimiter(i, next, run switch { 1 => Shape.Single, 2 => Shape.Double, 3 => Shape.Triple, _ => Shape.Many }, IsOpener: false));
                i = next;
            }
            else
            {
                i++;
            }
        }
    }

    private static int RunLength(char[] buffer, int offset, int start, int end, char c)
    {
        var i = start;
        while (i < end && buffer[i - offset] == c)
        {
            i++;
        }

        return i - start;
    }

    private static int SkipSpaces(char[] buffer, int offset, int start, int end)
    {
        var i = start;
        while (i < end && buffer[i - offset] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static void Pair(string text, List<Delimiter> delimiters, List<TextSpan> code, List<MalformedPlaceholder> found)
    {
        Delimiter? pending = null;

        // Single braces inside an open placeholder are its text: {{ x | default: "{none}" }}, {% assign b = "{" %}.
        var innerBraces = 0;
        foreach (var delimiter in delimiters)
        {
            var isInside = pending is { } current && IsDelimited(current.Shape) && delimiter.Shape == Shape.Single;
            if (isInside && delimiter.IsOpener)
            {
                innerBraces++;
                continue;
            }

            if (isInside && innerBraces > 0)
            {
                innerBraces--;
                continue;
            }

            if (delimiter.IsOpener)
            {
                if (pending is { } open && IsDelimited(open.Shape))
                {
                    Unclosed(text, open, delimiter.Start, found);
                }

                pending = delimiter;
            }
            else if (pending is { } open)
            {
                Classify(text, open, delimiter, code, found);
                pending = null;
            }
            else if (!TemplateRegions.Contains(code, delimiter.Start))
            {
                Stray(text, delimiter, found);
            }

            innerBraces = 0;
        }

        if (pending is { } last && IsDelimited(last.Shape))
        {
            Unclosed(text, last, TemplateRegions.LineEnd(text, last.End, text.Length), found);
        }
    }

    private static void Classify(string text, Delimiter open, Delimiter close, List<TextSpan> code, List<MalformedPlaceholder> found)
    {
        var inner = text.AsSpan(open.End, close.Start - open.End);
        var trimmed = inner.Trim().Trim('-').Trim('~').Trim();
        var span = TextSpan.FromBounds(open.Start, close.End);
        var written = text.Substring(span.Start, span.Length);
        var inCode = TemplateRegions.Contains(code, open.Start);
        var isWellFormed = open.Shape == close.Shape && IsDelimited(open.Shape);
        if (isWellFormed && !trimmed.IsEmpty)
        {
            return;
        }

        // The help desk reads a placeholder from its opener: a single brace or a spaced one is text to it, and in code,
        // where single braces are ordinary (JSON, CSS), such a pair is left alone; in prose it is read as a slip only
        // when it holds a name.
        var isOpenerRead = IsDelimited(open.Shape);
        if ((open.Shape, close.Shape) is (Shape.Single, Shape.Single) or (_, Shape.Many)
            || (inCode && !isOpenerRead)
            || (!isOpenerRead && !trimmed.IsEmpty && !IsExpression(trimmed)))
        {
            return;
        }

        if (trimmed.IsEmpty)
        {
            found.Add(new MalformedPlaceholder(span, DelimiterProblem.Empty, "a name between the delimiters, or remove them", null));
            return;
        }

        var name = trimmed.ToString();
        var isTag = TemplateKeywords.Tags.Contains(TemplateKeywords.FirstWord(trimmed).ToString());
        switch (open.Shape, close.Shape)
        {
            case (Shape.Double or Shape.Tag, Shape.Double or Shape.Tag):
                KindMismatch(inner.ToString(), trimmed, span, found);
                break;

            // "{{x}}}" in code is a placeholder inside a JSON object: the help desk takes "}}" and leaves the '}'.
            case (Shape.Double, Shape.Triple) when inCode:
                break;

            case (Shape.Double, Shape.Single):
                found.Add(new MalformedPlaceholder(span, DelimiterProblem.MissingBrace, Quote(written + "}"), IsExpression(trimmed) ? written + "}" : null));
                break;
            case (Shape.Single, Shape.Double):
                found.Add(new MalformedPlaceholder(span, DelimiterProblem.MissingBrace, Quote("{" + written), "{" + written));
                break;

            // "{ if x %}" or "{% if x }": a tag keyword says which delimiters were meant.
            case (Shape.Tag, Shape.Single) or (Shape.Single, Shape.Tag):
                var tag = "{%" + inner.ToString() + "%}";
                found.Add(new MalformedPlaceholder(span, DelimiterProblem.KindMismatch, isTag ? Quote(tag) : Either(name), isTag ? tag : null));
                break;

            case (Shape.Double or Shape.SpacedDouble, Shape.Double or Shape.SpacedDouble):
                var collapsed = "{{" + inner.ToString() + "}}";
                found.Add(new MalformedPlaceholder(span, DelimiterProblem.SpacedDelimiter, Quote(collapsed), collapsed));
                break;
            case (Shape.Tag or Shape.SpacedTag, Shape.Tag or Shape.SpacedTag):
                var collapsedTag = "{%" + inner.ToString() + "%}";
                found.Add(new MalformedPlaceholder(span, DelimiterProblem.SpacedDelimiter, Quote(collapsedTag), collapsedTag));
                break;

            // "{ {name}" or "{name} }": one side spaced, the other a single brace; which was meant is a guess.
            case (Shape.SpacedDouble, Shape.Single) or (Shape.Single, Shape.SpacedDouble):
                found.Add(new MalformedPlaceholder(span, DelimiterProblem.SpacedDelimiter, $"'{{{{{name}}}}}'", null));
                break;

            case (Shape.Triple, _) or (_, Shape.Triple):
                found.Add(new MalformedPlaceholder(span, DelimiterProblem.BraceCountMismatch, $"'{{{{{{{name}}}}}}}' or '{{{{{name}}}}}'", null));
                break;

            default:
                found.Add(new MalformedPlaceholder(span, DelimiterProblem.BraceCountMismatch, isTag ? $"'{{% {name} %}}'" : $"'{{{{{name}}}}}'", null));
                break;
        }
    }

    // "{{ name %}" or "{% name }}": a tag keyword means a tag was meant, a plain name means a value.
    private static void KindMismatch(string inner, ReadOnlySpan<char> trimmed, TextSpan span, List<MalformedPlaceholder> found)
    {
        string? replacement = null;
        if (TemplateKeywords.Tags.Contains(TemplateKeywords.FirstWord(trimmed).ToString()))
        {
            replacement = "{%" + inner + "%}";
        }
        else if (IsVariablePath(trimmed))
        {
            replacement = "{{" + inner + "}}";
        }

        var advice = replacement is null ? Either(trimmed.ToString()) : Quote(replacement);
        found.Add(new MalformedPlaceholder(span, DelimiterProblem.KindMismatch, advice, replacement));
    }

    private static string Either(string name) => $"'{{{{ {name} }}}}' for a value or '{{% {name} %}}' for a tag";

    private static void Unclosed(string text, Delimiter open, int limit, List<MalformedPlaceholder> found)
    {
        var (opener, closer) = open.Shape == Shape.Triple ? ("{{{", "}}}") : ("{{", "}}");

        // The span is the opener and the name after it: where the writer meant the placeholder to end is unknown.
        var i = open.End;
        while (i < limit && text[i] is '-' or '~')
        {
            i++;
        }

        var afterControl = i;
        while (i < limit && text[i] is ' ' or '\t')
        {
            i++;
        }

        var nameStart = i;
        while (i < limit && IsNameChar(text[i]))
        {
            i++;
        }

        var name = text[nameStart..i];
        var end = name.Length > 0 ? i : afterControl;
        string advice;
        if (open.Shape == Shape.Tag)
        {
            advice = "a closing '%}' at the end of the tag";
        }
        else
        {
            var space = nameStart > afterControl ? " " : "";
            advice = name.Length > 0 ? $"'{opener}{space}{name}{space}{closer}'" : $"a closing '{closer}' after the name";
        }

        found.Add(new MalformedPlaceholder(TextSpan.FromBounds(open.Start, end), DelimiterProblem.Unclosed, advice, null));
    }

    private static void Stray(string text, Delimiter close, List<MalformedPlaceholder> found)
    {
        var (opener, closer) = close.Shape switch
        {
            Shape.Double => ("{{", "}}"),
            Shape.Triple => ("{{{", "}}}"),
            Shape.Tag => ("{%", "%}"),
            _ => (null, null),
        };

        if (opener is null)
        {
            return; // a lone '}' is ordinary text, and a spaced one is too ambiguous to call
        }

        // Take in the name the closer is attached to: "customer.name}}".
        var start = close.Start;
        var nameEnd = start;
        while (start > 0 && IsNameChar(text[start - 1]))
        {
            start--;
        }

        var name = text[start..nameEnd];
        var advice = name.Length > 0 && close.Shape != Shape.Tag
            ? $"'{opener}{name}{closer}'"
            : $"the missing '{opener}' before it, or remove the '{closer}'";
        found.Add(new MalformedPlaceholder(TextSpan.FromBounds(start, close.End), DelimiterProblem.StrayCloser, advice, null));
    }

    // "[Customer Name," with no ']' later on the line: a bracket fill-in of two to four capitalized words, then punctuation.
    // A bracket at the end of a line is left alone: Markdown link text may go on past the line break.
    private static void FindUnclosedBrackets(string text, char[] buffer, int offset, int lineStart, int lineEnd, List<TextSpan> code, List<MalformedPlaceholder> found)
    {
        if (lineEnd == lineStart)
        {
            return;
        }

        var lastClose = Array.LastIndexOf(buffer, ']', lineEnd - offset - 1, lineEnd - lineStart) + offset;
        for (var i = lineStart; i < lineEnd; i++)
        {
            if (buffer[i - offset] != '[' || (i > lineStart && buffer[i - 1 - offset] is '!' or '\\' or '[') || TemplateRegions.Contains(code, i))
            {
                continue;
            }

            var at = i + 1;
            var words = 0;
            while (at < lineEnd && char.IsUpper(buffer[at - offset]) && words < 4)
            {
                var wordEnd = at + 1;
                while (wordEnd < lineEnd && (char.IsLetterOrDigit(buffer[wordEnd - offset]) || buffer[wordEnd - offset] is '\'' or '-'))
                {
                    wordEnd++;
                }

                words++;
                at = wordEnd;
                if (at + 1 < lineEnd && buffer[at - offset] == ' ' && char.IsUpper(buffer[at + 1 - offset]))
                {
                    at++;
                }
                else
                {
                    break;
                }
            }

            if (words < 2 || at >= lineEnd || buffer[at - offset] is not (',' or '.' or ';' or '!' or '?') || lastClose > at)
            {
                continue;
            }

            var written = text[i..at];
            found.Add(new MalformedPlaceholder(TextSpan.FromBounds(i, at), DelimiterProblem.UnclosedBracket, Quote(written + "]"), written + "]"));
        }
    }

    private static bool IsDelimited(Shape shape) => shape is Shape.Double or Shape.Triple or Shape.Tag;

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-' or '[' or ']' or '@' or '#' or '/';

    // What sits inside a placeholder: a name or helper first ("customer.name", "#if", "@index"), no braces.
    private static bool IsExpression(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length > 200 || trimmed.IndexOfAny('{', '}') >= 0)
        {
            return false;
        }

        var first = TemplateKeywords.FirstWord(trimmed);
        if (first.IsEmpty || !(char.IsLetter(first[0]) || first[0] is '_' or '@' or '#' or '/' or '^' or '>' or '&' or '.'))
        {
            return false;
        }

        foreach (var c in first)
        {
            if (!IsNameChar(c) && c is not ('^' or '>' or '&' or '\'' or '"'))
            {
                return false;
            }
        }

        return true;
    }

    // "customer.first_name", "order.items[0].title | upcase": one value and its filters, never a tag.
    private static bool IsVariablePath(ReadOnlySpan<char> trimmed)
    {
        var pipe = trimmed.IndexOf('|');
        var path = (pipe < 0 ? trimmed : trimmed[..pipe]).Trim();
        if (path.IsEmpty || !(char.IsLetter(path[0]) || path[0] == '_'))
        {
            return false;
        }

        foreach (var c in path)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '[' or ']'))
            {
                return false;
            }
        }

        return !TemplateKeywords.IsKeyword(path.ToString());
    }

    private static string Quote(string text) => "'" + text + "'";
}
